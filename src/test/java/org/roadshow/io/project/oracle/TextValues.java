package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.core.JsonToken;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Ids, zones, dates and times are written as plain ISO text and read back strictly, with errors a
 * person can act on ("'Europe/Brusels' is not a known time zone"), instead of lenient defaults (which
 * accept arrays of numbers, base64 ids and the like). {@link JsonValues} reads them; these are the rules
 * and the words.
 */
final class TextValues {
    static final String ID = "an id (a UUID such as 6f1c2a4e-0b9d-4c1e-9a57-1f2e3d4c5b6a)";
    static final String ZONE = "a time zone (an IANA zone id such as Europe/Brussels)";
    static final String DATE_TIME = "a date and time such as 2017-02-04T11:30";
    static final String DATE = "a date such as 2017-02-04";
    static final String TIME = "a time of day such as 09:30";
    static final String INSTANT = "an instant such as 2017-01-10T08:00:00Z";

    private TextValues() {
    }

    /**
     * Only the canonical form 8-4-4-4-12 hex digits (UUID.fromString alone accepts "1-2-3-4-5"). Checked by
     * hand: a regex costs ~10 ms of start-up in a fresh JVM, where the sample is read.
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

    /** Why a text is refused: "'x' is not an id (a UUID such as ...)". */
    static String notA(String text, String expected) {
        if (expected.equals(ZONE)) {
            return "'" + text + "' is not a known time zone (use an IANA zone id such as Europe/Brussels)";
        }
        return "'" + text + "' is not " + expected;
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
}
