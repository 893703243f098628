package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads one field's value, the parser standing on its first token. Strict: no coercion (a number where text
 * belongs is an error, and the reverse; a fraction where a whole number belongs; text or a number for true or
 * false). JSON null gives null, which the DTOs' toModel() then reports where a value is required. The parser
 * calls (nextTextValue, nextFieldName, ...) are the ones the databind binding made before, so that a broken
 * file gives the same error at the same place.
 */
final class JsonValues {
    private JsonValues() {
    }

    static String text(JsonParser p) throws IOException {
        return switch (p.currentTokenId()) {
            case JsonTokenId.ID_STRING -> p.getText();
            case JsonTokenId.ID_NULL -> null;
            default -> throw expected(p, "text");
        };
    }

    /** An int; a number too large for one fails in jackson-core ("out of range of int"), as before. */
    static Integer wholeNumber(JsonParser p) throws IOException {
        return switch (p.currentTokenId()) {
            case JsonTokenId.ID_NUMBER_INT -> p.getIntValue();
            case JsonTokenId.ID_NULL -> null;
            default -> throw expected(p, "a whole number");
        };
    }

    static Boolean trueOrFalse(JsonParser p) throws IOException {
        return switch (p.currentTokenId()) {
            case JsonTokenId.ID_TRUE -> Boolean.TRUE;
            case JsonTokenId.ID_FALSE -> Boolean.FALSE;
            case JsonTokenId.ID_NULL -> null;
            default -> throw expected(p, "true or false");
        };
    }

    /** For a primitive boolean field: null is an error too. */
    static boolean requiredTrueOrFalse(JsonParser p) throws IOException {
        Boolean value = trueOrFalse(p);
        if (value == null) {
            throw expected(p, "true or false");
        }
        return value;
    }

    static UUID id(JsonParser p) throws IOException {
        String text = textFor(p, TextValues.ID);
        try {
            return text == null ? null : TextValues.uuid(text);
        } catch (RuntimeException e) {
            throw new BadValueException(p, TextValues.notA(text, TextValues.ID));
        }
    }

    static ZoneId zone(JsonParser p) throws IOException {
        String text = textFor(p, TextValues.ZONE);
        try {
            return text == null ? null : TextValues.zone(text);
        } catch (RuntimeException e) {
            throw new BadValueException(p, TextValues.notA(text, TextValues.ZONE));
        }
    }

    static LocalDateTime dateTime(JsonParser p) throws IOException {
        String text = textFor(p, TextValues.DATE_TIME);
        try {
            return text == null ? null : IsoTimes.dateTime(text);
        } catch (RuntimeException e) {
            throw new BadValueException(p, TextValues.notA(text, TextValues.DATE_TIME));
        }
    }

    static LocalDate date(JsonParser p) throws IOException {
        String text = textFor(p, TextValues.DATE);
        try {
            return text == null ? null : IsoTimes.date(text);
        } catch (RuntimeException e) {
            throw new BadValueException(p, TextValues.notA(text, TextValues.DATE));
        }
    }

    static LocalTime time(JsonParser p) throws IOException {
        String text = textFor(p, TextValues.TIME);
        try {
            return text == null ? null : IsoTimes.time(text);
        } catch (RuntimeException e) {
            throw new BadValueException(p, TextValues.notA(text, TextValues.TIME));
        }
    }

    static Instant instant(JsonParser p) throws IOException {
        String text = textFor(p, TextValues.INSTANT);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (RuntimeException e) {
            throw new BadValueException(p, TextValues.notA(text, TextValues.INSTANT));
        }
    }

    /** A list of texts; a null element stays null (toModel reports it). */
    static List<String> texts(JsonParser p) throws IOException {
        if (!startsList(p)) {
            return null;
        }
        List<String> values = new ArrayList<>();
        while (true) {
            String value = p.nextTextValue();
            if (value == null) {
                if (p.hasToken(JsonToken.END_ARRAY)) {
                    return values;
                }
                try {
                    value = text(p);
                } catch (BadValueException e) {
                    throw e.atIndex(values.size());
                }
            }
            values.add(value);
        }
    }

    /** A list of ids; a null element stays null (toModel reports it). */
    static List<UUID> ids(JsonParser p) throws IOException {
        if (!startsList(p)) {
            return null;
        }
        List<UUID> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            try {
                values.add(id(p));
            } catch (BadValueException e) {
                throw e.atIndex(values.size());
            }
        }
        return values;
    }

    /** True on '[', false on null; anything else is an error. */
    static boolean startsList(JsonParser p) throws IOException {
        return switch (p.currentTokenId()) {
            case JsonTokenId.ID_START_ARRAY -> true;
            case JsonTokenId.ID_NULL -> false;
            default -> throw expected(p, "a list [...]");
        };
    }

    /**
     * A value this version does not know, as plain Java that is written back unchanged: LinkedHashMap,
     * ArrayList, String, Integer/Long/BigInteger, BigDecimal, Boolean or null (the types databind gave with
     * USE_BIG_DECIMAL_FOR_FLOATS, so files saved before and after this reader stay byte-identical).
     */
    static Object unknown(JsonParser p) throws IOException {
        switch (p.currentTokenId()) {
            case JsonTokenId.ID_START_OBJECT:
                Map<String, Object> map = new LinkedHashMap<>();
                if (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    do {
                        p.nextToken();
                        map.put(name, unknown(p));
                    } while ((name = p.nextFieldName()) != null);
                }
                return map;
            case JsonTokenId.ID_START_ARRAY:
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(unknown(p));
                }
                return list;
            case JsonTokenId.ID_STRING:
                return p.getText();
            case JsonTokenId.ID_NUMBER_INT:
                return p.getNumberValue();
            case JsonTokenId.ID_NUMBER_FLOAT:
                return fraction(p);
            case JsonTokenId.ID_TRUE:
                return Boolean.TRUE;
            case JsonTokenId.ID_FALSE:
                return Boolean.FALSE;
            case JsonTokenId.ID_EMBEDDED_OBJECT: // only in a migrated tree
                return p.getEmbeddedObject();
            default:
                return null;
        }
    }

    /** Exact, as BigDecimal; only a NaN (possible in a migrated tree, never in JSON text) stays binary. */
    private static Object fraction(JsonParser p) throws IOException {
        if (p.getNumberTypeFP() != JsonParser.NumberTypeFP.BIG_DECIMAL && p.isNaN()) {
            return p.getNumberTypeFP() == JsonParser.NumberTypeFP.FLOAT32 ? (Object) p.getFloatValue()
                    : (Object) p.getDoubleValue();
        }
        return p.getDecimalValue();
    }

    /** The text of a value that must be text, or null for JSON null. */
    private static String textFor(JsonParser p, String expected) throws IOException {
        return switch (p.currentTokenId()) {
            case JsonTokenId.ID_STRING -> p.getText();
            case JsonTokenId.ID_NULL -> null;
            default -> throw expected(p, expected);
        };
    }

    /** "expected text, found a number", at the offending token. */
    static BadValueException expected(JsonParser p, String expected) {
        return new BadValueException(p, "expected " + expected + ", found " + TextValues.describe(p.currentToken()));
    }
}
