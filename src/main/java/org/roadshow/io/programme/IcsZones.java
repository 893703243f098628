package org.roadshow.io.programme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a TZID means, tried in the order python-icalendar and Outlook's readers use: an IANA zone as
 * written (any case); the IANA name at the end of a path-like id ("/mozilla.org/20050126_1/Europe/Brussels");
 * a Windows zone name ("W. Europe Standard Time") through CLDR's windowsZones table; the file's own
 * VTIMEZONE, through its X-LIC-LOCATION or else its offset rules. Unknown ids give nothing and one warning.
 */
final class IcsZones {
    /** A resolved TZID: an IANA zone, or the offset rules of the file's own VTIMEZONE. */
    record Zone(ZoneId id, VTimezoneRules rules) {
        ZoneOffset offsetAt(LocalDateTime local) {
            return id != null ? id.getRules().getOffset(local) : rules.offsetAt(local);
        }
    }

    private static final Map<String, String> WINDOWS = windowsTable();
    private static final Map<String, String> IANA_BY_LOWER_CASE = new HashMap<>();

    static {
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (!id.startsWith("ical4j")) {
                IANA_BY_LOWER_CASE.put(id.toLowerCase(Locale.ROOT), id);
            }
        }
    }

    private final Map<String, IcsComponent> vtimezones = new HashMap<>();
    private final List<ImportWarning> warnings;
    private final Map<String, Optional<Zone>> cache = new HashMap<>();

    IcsZones(List<IcsComponent> timezones, List<ImportWarning> warnings) {
        for (IcsComponent tz : timezones) {
            vtimezones.putIfAbsent(clean(tz.raw("TZID")), tz);
        }
        this.warnings = warnings;
    }

    /** The zone a TZID names, or empty (with a warning the first time) when nothing is known of it. */
    Optional<Zone> resolve(String tzid, int line) {
        String id = clean(tzid);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<Zone> known = cache.get(id);
        if (known != null) {
            return known;
        }
        Optional<Zone> found = iana(id).or(() -> windows(id)).or(() -> fromVtimezone(id));
        if (found.isEmpty()) {
            warnings.add(new ImportWarning(line, "unknown time zone \"" + id + "\": its times are taken in the programme's zone"));
        }
        cache.put(id, found);
        return found;
    }

    /** An IANA zone: the id itself or a tail of a path-like id, in any case. */
    static Optional<Zone> iana(String id) {
        String[] parts = id.split("/");
        for (int from = 0; from < parts.length; from++) {
            String candidate = String.join("/", Arrays.copyOfRange(parts, from, parts.length));
            String real = IANA_BY_LOWER_CASE.get(candidate.toLowerCase(Locale.ROOT));
            if (real != null) {
                return Optional.of(new Zone(ZoneId.of(real), null));
            }
        }
        if (id.equalsIgnoreCase("UTC") || id.equalsIgnoreCase("GMT") || id.equalsIgnoreCase("Z")) {
            return Optional.of(new Zone(ZoneOffset.UTC, null));
        }
        return Optional.empty();
    }

    static Optional<Zone> windows(String id) {
        String iana = WINDOWS.get(id.toLowerCase(Locale.ROOT));
        try {
            return iana == null ? Optional.empty() : Optional.of(new Zone(ZoneId.of(iana), null));
        } catch (DateTimeException e) {
            return Optional.empty(); // a name this JDK's tz data lacks: treated as unknown
        }
    }

    private Optional<Zone> fromVtimezone(String id) {
        IcsComponent tz = vtimezones.get(id);
        if (tz == null) {
            return Optional.empty();
        }
        String location = clean(tz.raw("X-LIC-LOCATION"));
        if (!location.isEmpty()) {
            Optional<Zone> named = iana(location);
            if (named.isPresent()) {
                return named;
            }
        }
        return VTimezoneRules.of(tz).map(rules -> new Zone(null, rules));
    }

    private static String clean(String tzid) {
        return tzid == null ? "" : tzid.strip().replace("\"", "");
    }

    private static Map<String, String> windowsTable() {
        Map<String, String> table = new HashMap<>();
        try (InputStream in = IcsZones.class.getResourceAsStream("windows-zones.tsv")) {
            if (in == null) {
                throw new IllegalStateException("windows-zones.tsv is missing from the application");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    table.put(line.substring(0, tab).strip().toLowerCase(Locale.ROOT), line.substring(tab + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
