package org.roadshow.io.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns Jackson's exceptions into a {@link ProjectFileException} a person can act on: the place (line and
 * column of the offending token), the path to it ("trips[0].talks[2].start") and what is wrong, in words
 * rather than Java types ("expected text, found a number").
 */
final class JsonErrors {
    private JsonErrors() {
    }

    static ProjectFileException of(Path file, JsonProcessingException e, String prefix) {
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof JsonProcessingException cause
                && !(cause instanceof JsonMappingException)) {
            e = cause; // broken JSON met inside a list: report the syntax error itself
        }
        JsonLocation at = e.getLocation();
        int line = at == null ? -1 : at.getLineNr();
        int column = at == null ? -1 : at.getColumnNr();
        return new ProjectFileException(file, line, column, prefix + describe(e), e);
    }

    static ProjectFileException of(Path file, InvalidProjectException e, String prefix) {
        return new ProjectFileException(file, e.line(), e.column(), prefix + e.getMessage(), e);
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return "the file ends in the middle of the project (is it cut short?)";
        }
        if (e instanceof StreamConstraintsException) {
            return "the file is nested too deeply or holds a value too long to read: " + clean(e.getOriginalMessage());
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return "this is not valid JSON: " + clean(e.getOriginalMessage());
        }
        if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return "there is more content after the project's closing '}'";
        }
        String path = path(mapping.getPath());
        String where = path.isEmpty() ? "" : path + ": ";
        if (e instanceof BadValueException) {
            return where + e.getOriginalMessage();
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return where + "expected " + expected(mismatch.getTargetType()) + found(mismatch);
        }
        return where + clean(e.getOriginalMessage());
    }

    /** "trips[0].talks[2].start" from Jackson's reference chain. */
    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "text";
        } else if (type == Integer.class || type == int.class) {
            return "a whole number";
        } else if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        } else if (Collection.class.isAssignableFrom(type)) {
            return "a list [...]";
        } else if (JsonObject.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
            return "an object {...}";
        }
        return "a " + type.getSimpleName();
    }

    /** ", found a number": the token the parser stands on. */
    private static String found(MismatchedInputException e) {
        if (e.getProcessor() instanceof JsonParser p) {
            return ", found " + TextValues.describe(p.currentToken());
        }
        return "";
    }

    /** Jackson's messages without their "[Source: ...]" parts, which repeat what we already say. */
    private static String clean(String message) {
        if (message == null) {
            return "unreadable content";
        }
        return message.replaceAll("\\s*\\[Source:[^\\]]*\\]", "")
                .replaceAll("\\s*\\((start marker at|for [A-Za-z]+ starting at)\\s*\\)", "")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
