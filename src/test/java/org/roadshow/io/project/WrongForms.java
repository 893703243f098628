package org.roadshow.io.project;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Near misses for a value, chosen by what the value looks like: ids that are not UUIDs, that repeat another
 * object's id or name nobody; dates and times that do not exist or are written another way; zones that are
 * not IANA ids; whole numbers out of range or written as fractions; a true/false flipped.
 */
final class WrongForms {
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
    private static final Pattern TIME = Pattern.compile("\\d\\d:\\d\\d(:\\d\\d)?");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z");
    private static final Pattern ZONE = Pattern.compile("[A-Z][A-Za-z_]+/[A-Za-z_/+-]+|UTC");

    private WrongForms() {
    }

    static List<String> of(JsonNode node, JsonNode root) {
        List<String> out = new ArrayList<>();
        if (node.isIntegralNumber()) {
            out.addAll(List.of("-1", "2147483647", "2147483648", "-2147483649", node.asText() + ".0",
                    node.asText() + "e0", "99999999999999999999"));
        } else if (node.isBoolean()) {
            out.add(String.valueOf(!node.asBoolean()));
        } else if (node.isTextual()) {
            String text = node.asText();
            if (UUID.matcher(text).matches()) {
                out.addAll(quoted("1-2-3-4-5", text.toUpperCase(Locale.ROOT), text.substring(1),
                        text.replace('-', '_'), "00000000-0000-4000-8000-00000000ffff", firstId(root),
                        "{" + text + "}", " " + text));
            } else if (INSTANT.matcher(text).matches()) {
                out.addAll(quoted(text.replace("Z", ""), text.replace("Z", "+01:00"), "2017-13-10T08:00:00Z",
                        text.toLowerCase(Locale.ROOT)));
            } else if (DATE_TIME.matcher(text).matches()) {
                String day = text.substring(0, 10);
                out.addAll(quoted(day + "T24:00", "2017-02-30" + text.substring(10), text.replace('T', ' '),
                        text + ":00.5", text + "Z", day, day + "T9:30", "+1" + text, "2017-02-29" + text.substring(10),
                        "2016-02-29" + text.substring(10), day + "T02:30"));
            } else if (DATE.matcher(text).matches()) {
                out.addAll(quoted("2017-02-30", "2017-2-4", text + "T00:00", "02/04/2017", "2016-02-29", "2017-00-01",
                        "+12017-02-04"));
            } else if (TIME.matcher(text).matches()) {
                out.addAll(quoted("24:00", "9:00", "09:60", text + ":60", text + ".5", "23:59:59.999999999", "09h00",
                        "00:00", "23:59"));
            } else if (ZONE.matcher(text).matches()) {
                out.addAll(quoted("Mars/Olympus", "ical4j~5e7a1c44-3f7e-4b1f-a1cb-8c9d0e1f2a3b", "ICAL4J~x", "UTC",
                        "Z", "+01:00", "GMT+1", text.toLowerCase(Locale.ROOT), "EST", "CET", text + " "));
            } else {
                out.addAll(quoted("FLIGHT", "hovercraft", "\u00e9\u0000\t", text + text));
            }
        }
        return out;
    }

    private static List<String> quoted(String... texts) {
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            out.add(t.startsWith("{") ? "\"" + t + "\"" : "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"")
                    .replace("\u0000", "\\u0000").replace("\t", "\\t") + "\"");
        }
        return out;
    }

    /** The first id in the file (another object's, or the same one's): makes duplicates and wrong references. */
    private static String firstId(JsonNode root) {
        JsonNode people = root.path("people");
        if (people.size() > 0 && people.get(0).path("id").isTextual()) {
            return people.get(0).path("id").asText();
        }
        return "00000000-0000-4000-8000-000000000001";
    }
}
