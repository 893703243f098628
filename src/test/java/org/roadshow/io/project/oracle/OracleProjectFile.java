package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import org.roadshow.io.project.LoadedProject;
import org.roadshow.io.project.ProjectFileException;
import org.roadshow.model.Project;

/**
 * The reading half of {@code ProjectFile} as it was with the hand-written jackson-core reader (ProjectReader,
 * DtoReader, JsonValues, IsoTimes), kept as the oracle that the databind reader is compared with.
 */
public final class OracleProjectFile {
    public static final int FORMAT_VERSION = 1;

    private OracleProjectFile() {
    }

    /** Reads a project from the bytes of a file; {@code source} names it in errors (may be null). */
    public static LoadedProject parse(byte[] content, Path source) throws ProjectFileException {
        return parse(content, source, Migrations.STANDARD);
    }

    /** As {@link #parse(byte[], Path)} with the given migration steps (tests use a chain of their own). */
    public static LoadedProject parse(byte[] content, Path source, Migrations migrations) throws ProjectFileException {
        if (isBlank(content)) {
            throw new ProjectFileException(source, "the file is empty; it is not a Roadshow project", null);
        }
        int version = FormatVersion.of(content, source);
        if (version < FORMAT_VERSION && !migrations.canMigrate(version)) {
            throw new ProjectFileException(source, "formatVersion " + version + " is not a Roadshow file format", null);
        }
        boolean newer = version > FORMAT_VERSION;
        String prefix = newer ? "this file was written by a newer Roadshow (format " + version
                + ") and this version cannot read it: " : "";
        JsonProject dto;
        try {
            dto = version < FORMAT_VERSION ? migrations.read(content, version) : ProjectReader.read(content);
        } catch (JsonProcessingException e) {
            throw JsonErrors.of(source, e, prefix);
        } catch (IOException e) {
            throw new ProjectFileException(source, prefix + "cannot read: " + e.getMessage(), e);
        }
        Project project;
        try {
            project = dto.toModel(new ReadContext());
        } catch (InvalidProjectException e) {
            throw JsonErrors.of(source, e, prefix);
        }
        String reason = newer ? "This file was written by a newer Roadshow (file format " + version
                + "; this version writes format " + FORMAT_VERSION + "). It is open read-only so that nothing"
                + " the newer version stored is lost; use Save As to keep a copy in this version's format." : null;
        return new LoadedProject(project, version, newer, reason);
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
