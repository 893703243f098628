package org.roadshow.io.project;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads only the {@code formatVersion} of a file, without binding the rest: it decides whether the file
 * needs migrating, opens read-only, or must not be overwritten. Roadshow writes it first, so this usually
 * reads a handful of tokens.
 */
final class FormatVersion {
    static final String FIELD = "formatVersion";

    private FormatVersion() {
    }

    static int of(byte[] content, Path file) throws ProjectFileException {
        try (JsonParser p = ProjectJson.MAPPER.createParser(content)) {
            return read(p, file);
        } catch (JsonProcessingException e) {
            throw JsonErrors.of(file, e, "");
        } catch (IOException e) {
            throw new ProjectFileException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** The version of an existing file, or -1 when it is missing or is not a readable project file. */
    static int ofExistingFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return -1;
        }
        try (InputStream in = Files.newInputStream(file); JsonParser p = ProjectJson.MAPPER.createParser(in)) {
            return read(p, file);
        } catch (IOException | ProjectFileException e) { // the caller only asks whether it may overwrite a project
            return -1;
        }
    }

    private static int read(JsonParser p, Path file) throws IOException, ProjectFileException {
        JsonToken first;
        try {
            first = p.nextToken();
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(file, e.getLocation().getLineNr(), e.getLocation().getColumnNr(),
                    "this is not a Roadshow project: it is not JSON", e.getOriginalMessage(), e);
        }
        if (first != JsonToken.START_OBJECT) {
            throw new ProjectFileException(file, p.currentTokenLocation().getLineNr(),
                    p.currentTokenLocation().getColumnNr(),
                    "this is not a Roadshow project: it should start with '{' (a JSON object)", null);
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (FIELD.equals(name)) {
                if (value != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                    throw new ProjectFileException(file, p.currentTokenLocation().getLineNr(),
                            p.currentTokenLocation().getColumnNr(),
                            "formatVersion: expected a whole number, found " + TextValues.describe(value), null);
                }
                return p.getIntValue();
            }
            p.skipChildren();
        }
        throw new ProjectFileException(file,
                "this is not a Roadshow project: it has no \"formatVersion\" at the top", null);
    }
}
