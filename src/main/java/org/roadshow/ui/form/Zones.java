package org.roadshow.ui.form;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The IANA zones a person can pick, and how to show them. ical4j registers its own "ical4j~..." ids with
 * the JDK and the "SystemV/" ids are obsolete aliases; neither belongs in a picker. The "Etc/GMT+1" ids
 * use the POSIX sign (Etc/GMT+1 is UTC−1), so they are shown as what they are: "UTC-1".
 */
public final class Zones {
    private static final List<ZoneId> ALL = ZoneId.getAvailableZoneIds().stream()
            .filter(Zones::pickable)
            .sorted()
            .map(ZoneId::of)
            .toList();
    private static final Pattern ETC_GMT = Pattern.compile("Etc/GMT([+-])(\\d{1,2})");
    private static Map<String, String> countries;

    private Zones() {
    }

    public static boolean pickable(String id) {
        Objects.requireNonNull(id);
        return !id.startsWith("ical4j") && !id.startsWith("SystemV/") && !id.contains("~");
    }

    /** Every pickable zone, sorted by id. */
    public static List<ZoneId> all() {
        return ALL;
    }

    /** What a person reads for the zone: its id, except "Etc/GMT-1", which is "UTC+1". */
    public static String label(ZoneId zone) {
        Matcher m = ETC_GMT.matcher(zone.getId());
        if (m.matches()) {
            return "UTC" + (m.group(1).equals("+") ? "-" : "+") + Integer.parseInt(m.group(2));
        }
        return zone.getId();
    }

    /** Its offsets in {@code year}: "UTC+1, +2 in summer", "UTC+5:30", "UTC-8, -7 in summer". */
    public static String offsets(ZoneId zone, int year) {
        ZoneRules rules = zone.getRules();
        Instant january = LocalDate.of(year, 1, 15).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant july = LocalDate.of(year, 7, 15).atStartOfDay(ZoneOffset.UTC).toInstant();
        ZoneOffset a = rules.getOffset(january);
        ZoneOffset b = rules.getOffset(july);
        if (a.equals(b)) {
            return "UTC" + signed(a);
        }
        boolean summerInJanuary = rules.isDaylightSavings(january);
        ZoneOffset standard = summerInJanuary ? b : a;
        ZoneOffset summer = summerInJanuary ? a : b;
        return "UTC" + signed(standard) + ", " + signed(summer) + " in summer";
    }

    /** "+1", "-8", "+5:30", "+0". */
    static String signed(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        String text = (seconds < 0 ? "-" : "+") + minutes / 60;
        return minutes % 60 == 0 ? text : text + ":" + String.format("%02d", minutes % 60);
    }

    /** The country the zone is the time of ("Belgium"), or "" for a zone that is no country's. */
    public static String country(ZoneId zone) {
        return countries().getOrDefault(zone.getId(), "");
    }

    private static synchronized Map<String, String> countries() {
        if (countries == null) {
            Map<String, String> map = new HashMap<>();
            try (InputStream in = Objects.requireNonNull(Zones.class.getResourceAsStream("zone-countries.tsv"));
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    int tab = line.indexOf('\t');
                    if (!line.startsWith("#") && tab > 0) {
                        map.put(line.substring(0, tab), line.substring(tab + 1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            countries = Map.copyOf(map);
        }
        return countries;
    }
}
