package org.roadshow.io.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Drives khal: imports an .ics into a fresh calendar folder, then lists it once per zone the events use
 * (khal shows times in its configured local zone) and once in UTC, and compares what it lists.
 */
final class Khal {
    private final Path dir;
    private final Path calendar;

    Khal(Path dir) throws IOException {
        this.dir = dir;
        this.calendar = Files.createDirectories(dir.resolve("khal-calendar"));
    }

    void check(Path ics, List<ClientExpectations> expected) throws Exception {
        ExternalTool.run(dir, List.of("khal", "-c", config("UTC").toString(), "import", "--batch", "-a", "conf",
                ics.toString()));
        TreeSet<String> zones = new TreeSet<>();
        expected.forEach(e -> {
            zones.add(e.start().zone());
            if (e.end() != null) {
                zones.add(e.end().zone());
            }
        });
        zones.add("UTC");
        LocalDate from = expected.stream().map(e -> e.start().local().toLocalDate()).min(LocalDate::compareTo)
                .orElseThrow().minusDays(2);
        LocalDate to = expected.stream().map(e -> e.start().local().toLocalDate()).max(LocalDate::compareTo)
                .orElseThrow().plusDays(2);
        for (String zone : zones) {
            Map<String, String[]> listed = list(zone, from, to);
            assertEquals(expected.size(), listed.size(), "khal lists every event (zone " + zone + ")");
            for (ClientExpectations e : expected) {
                String[] shown = listed.get(e.uid());
                assertTrue(shown != null, "khal lost " + e.summary());
                if (zone.equals("UTC")) {
                    assertEquals(e.start().epochSeconds(), utc(shown[0]), "khal in UTC: " + e.summary() + " start");
                    if (e.end() != null) {
                        assertEquals(e.end().epochSeconds(), utc(shown[1]), "khal in UTC: " + e.summary() + " end");
                    }
                }
                if (e.start().zone().equals(zone)) {
                    assertEquals(e.start().local(), LocalDateTime.parse(shown[0]), "khal in " + zone + ": "
                            + e.summary() + " start");
                }
                if (e.end() != null && e.end().zone().equals(zone)) {
                    assertEquals(e.end().local(), LocalDateTime.parse(shown[1]), "khal in " + zone + ": "
                            + e.summary() + " end");
                }
            }
        }
    }

    private static long utc(String local) {
        return LocalDateTime.parse(local).toEpochSecond(ZoneOffset.UTC);
    }

    /** uid to {start, end} as khal shows them in the zone. */
    private Map<String, String[]> list(String zone, LocalDate from, LocalDate to) throws Exception {
        String out = ExternalTool.run(dir, List.of("khal", "-c", config(zone).toString(), "list", "--format",
                "{uid}|{start}|{end}|{title}", "--day-format", "", from.toString(), to.toString()));
        Map<String, String[]> events = new HashMap<>();
        for (String line : out.split("\n")) {
            String[] parts = line.split("\\|", 4);
            if (parts.length == 4) {
                events.put(parts[0], new String[] {parts[1].strip(), parts[2].strip()});
            }
        }
        return events;
    }

    private Path config(String zone) throws IOException {
        String name = zone.replace('/', '_');
        Path config = dir.resolve("khal-" + name + ".conf");
        Files.writeString(config, String.join("\n",
                "[calendars]",
                "[[conf]]",
                "path = " + calendar,
                "type = calendar",
                "[locale]",
                "local_timezone = " + zone,
                "default_timezone = " + zone,
                "timeformat = %H:%M",
                "dateformat = %Y-%m-%d",
                "longdateformat = %Y-%m-%d",
                "datetimeformat = %Y-%m-%dT%H:%M",
                "longdatetimeformat = %Y-%m-%dT%H:%M",
                "[sqlite]",
                "path = " + dir.resolve("khal-" + name + ".db"),
                ""));
        return config;
    }
}
