package org.roadshow.io.project;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Function;

/**
 * Ids, zones, dates and times are written as plain ISO text and read back strictly, with errors a
 * person can act on ("'Europe/Brusels' is not a known time zone"), instead of Jackson's lenient
 * defaults (which accept arrays of numbers, base64 ids and the like).
 */
final class TextValues {
    static final String ID = "an id (a UUID such as 6f1c2a4e-0b9d-4c1e-9a57-1f2e3d4c5b6a)";
    static final String ZONE = "a time zone (an IANA zone id such as Europe/Brussels)";

    private TextValues() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("roadshow-text-values");
        add(module, UUID.class, TextValues::uuid, ID);
        add(module, ZoneId.class, TextValues::zone, ZONE);
        add(module, LocalDateTime.class, LocalDateTime::parse, "a date and time such as 2017-02-04T11:30");
        add(module, LocalDate.class, LocalDate::parse, "a date such as 2017-02-04");
        add(module, LocalTime.class, LocalTime::parse, "a time of day such as 09:30");
        add(module, Instant.class, Instant::parse, "an instant such as 2017-01-10T08:00:00Z");
        return module;
    }

    private static <T> void add(SimpleModule module, Class<T> type, Function<String, T> parse, String expected) {
        module.addSerializer(type, ToStringSerializer.instance);
        module.addDeserializer(type, new Strict<>(type, parse, expected));
    }

    /**
     * Only the canonical form 8-4-4-4-12 hex digits (UUID.fromString alone accepts "1-2-3-4-5"), checked by
     * hand rather than with a regex, which costs start-up time in a fresh JVM.
     */
    static UUID uuid(String text) {
        if (text.length() != 36) {
            throw new IllegalArgumentException("not a UUID");
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (!ok) {
                throw new IllegalArgumentException("not a UUID");
            }
        }
        return UUID.fromString(text);
    }

    /** An IANA zone id; the temporary "ical4j~..." zones the iCalendar library invents are refused. */
    static ZoneId zone(String id) {
        if (isIcal4jZone(id)) {
            throw new IllegalArgumentException("a temporary zone of the iCalendar library");
        }
        return ZoneId.of(id);
    }

    static boolean isIcal4jZone(String id) {
        return id.regionMatches(true, 0, "ical4j", 0, "ical4j".length());
    }

    /** What a JSON token is, in words. */
    static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object {...}";
            case START_ARRAY -> "a list [...]";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }

    /** Text in one exact form, or null; anything else is a {@link BadValueException} in words. */
    private static final class Strict<T> extends StdScalarDeserializer<T> {
        private final transient Function<String, T> parse;
        private final String expected;

        Strict(Class<T> type, Function<String, T> parse, String expected) {
            super(type);
            this.parse = parse;
            this.expected = expected;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new BadValueException(p, "expected " + expected + ", found " + describe(p.currentToken()),
                        handledType());
            }
            String text = p.getText();
            try {
                return parse.apply(text);
            } catch (RuntimeException e) {
                String problem = expected.equals(ZONE)
                        ? "'" + text + "' is not a known time zone (use an IANA zone id such as Europe/Brussels)"
                        : "'" + text + "' is not " + expected;
                throw new BadValueException(p, problem, handledType());
            }
        }
    }
}
