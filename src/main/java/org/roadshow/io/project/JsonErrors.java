package org.roadshow.io.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's exceptions into a {@link ProjectFileException} a person can act on: the place (line and
 * column of the offending token), the path to it ("trips[0].talks[2].start") and what is wrong, in words
 * rather than Java types ("expected text, found a number").
 */
final class JsonErrors {
    private static final String CUT_OFF = "the file ends early; it looks cut off";
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '([^']*)'");

    private JsonErrors() {
    }

    /** As {@link #of(Path, JsonProcessingException, String)}; a syntax error with nothing after it is a cut-off file. */
    static ProjectFileException of(Path file, JsonProcessingException e, String prefix, byte[] content) {
        ProjectFileException plain = of(file, e, prefix);
        JsonLocation at = plain.getCause() instanceof JsonProcessingException j ? j.getLocation() : null;
        boolean syntax = !(plain.getCause() instanceof JsonMappingException) && !(plain.getCause() instanceof JsonEOFException)
                && !(plain.getCause() instanceof StreamConstraintsException);
        // inside the project's object, with nothing after the error: the rest of the file is missing
        boolean inside = plain.getCause() instanceof JsonProcessingException j && j.getProcessor() instanceof JsonParser p
                && p.getParsingContext() != null && !p.getParsingContext().inRoot();
        if (!syntax || !inside || at == null || at.getByteOffset() < 0
                || !onlySpaceAfter(content, (int) at.getByteOffset())) {
            return plain;
        }
        return new ProjectFileException(file, plain.line(), plain.column(), prefix + CUT_OFF,
                plain.technical().orElse(null), plain.getCause());
    }

    private static boolean onlySpaceAfter(byte[] content, int offset) {
        for (int i = Math.max(0, offset); i < content.length; i++) {
            if (content[i] != ' ' && content[i] != '\n' && content[i] != '\r' && content[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    static ProjectFileException of(Path file, JsonProcessingException e, String prefix) {
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof JsonProcessingException cause
                && !(cause instanceof JsonMappingException)) {
            e = cause; // broken JSON met inside a list: report the syntax error itself
        }
        JsonLocation at = e.getLocation();
        int line = at == null ? -1 : at.getLineNr();
        int column = at == null ? -1 : at.getColumnNr();
        String[] words = describe(e);
        return new ProjectFileException(file, line, column, prefix + words[0], words[1], e);
    }

    static ProjectFileException of(Path file, InvalidProjectException e, String prefix) {
        return new ProjectFileException(file, e.line(), e.column(), prefix + e.getMessage(), e);
    }

    /** What is wrong in a user's words, and the parser's words when they add something (else null). */
    private static String[] describe(JsonProcessingException e) {
        String parser = clean(e.getOriginalMessage());
        if (e instanceof JsonEOFException) {
            return new String[] {CUT_OFF, parser};
        }
        if (e instanceof StreamConstraintsException) {
            return new String[] {"the file is nested too deeply or holds a value too long to read", parser};
        }
        if (e instanceof InputCoercionException) {
            return new String[] {"a number here is too large", parser};
        }
        if (!(e instanceof JsonMappingException mapping)) {
            Matcher duplicate = DUPLICATE.matcher(parser);
            if (duplicate.find()) {
                return new String[] {"\"" + duplicate.group(1) + "\" is written twice in the same place; the file "
                        + "looks edited by hand or merged badly", parser};
            }
            return new String[] {"the file is damaged here: this is not valid JSON (was it edited by hand or merged "
                    + "badly?)", parser};
        }
        if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return new String[] {"there is more content after the project's closing '}'", parser};
        }
        String path = path(mapping.getPath());
        String where = path.isEmpty() ? "" : path + ": ";
        if (e instanceof BadValueException) {
            return new String[] {where + e.getOriginalMessage(), null};
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new String[] {where + "expected " + expected(mismatch.getTargetType()) + found(mismatch), null};
        }
        return new String[] {where + parser, null};
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
