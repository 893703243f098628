package org.roadshow.io.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.plan.AgendaSelection;

/**
 * Real calendar clients read the exports at the right local times: Mozilla's ical.js (Thunderbird's
 * parser, which uses the VTIMEZONE in the file), python3-icalendar (by zone name, and again through the
 * file's VTIMEZONE) and khal (import, then list). Every event of the sample export is compared with the
 * model, and clock-change events of {@link DstExhaustiveTest} go through all three. Each test
 * runs where its tool is installed ({@code .ci/run} installs them all).
 */
class RealClientsTest {
    static final Path JS = Path.of("src/test/js").toAbsolutePath();
    static final Path PYTHON_SCRIPT = Path.of("src/test/python/read_ics.py").toAbsolutePath();
    static final String PYTHON = "/usr/bin/python3";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static List<ExportedEvent> sampleEvents() {
        return IcsExport.events(SampleWithProgramme.build(), AgendaSelection.everything(), AlarmDefaults.alarms());
    }

    Path write(String name, List<ExportedEvent> events) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, IcsWriter.toString(IcsExport.calendar("clients", events, Map.of(),
                Instant.parse("2024-05-01T12:00:00Z"))));
        return file;
    }

    @Test
    void icalJsReadsEverySampleEventAtItsLocalTime() throws Exception {
        assumeIcalJs();
        List<ExportedEvent> events = sampleEvents();
        compare("ical.js", ClientExpectations.of(events), icalJs(write("sample.ics", events)), false);
    }

    @Test
    void icalJsReadsQuarterHoursAcrossTheClockChangesOf2026And2027In20Zones() throws Exception {
        assumeIcalJs();
        List<ExportedEvent> events = dstEvents();
        compare("ical.js", ClientExpectations.of(events), icalJs(write("dst.ics", events)), false);
    }

    @Test
    void pythonIcalendarReadsEverySampleEventAtItsLocalTime() throws Exception {
        needTool(ExternalTool.works(PYTHON, "-c", "import icalendar"), "python3-icalendar is not installed");
        List<ExportedEvent> events = sampleEvents();
        compare("python3-icalendar", ClientExpectations.of(events), python(write("sample.ics", events)), true);
    }

    @Test
    void pythonIcalendarReadsQuarterHoursAcrossTheClockChangesOf2026And2027In20Zones() throws Exception {
        needTool(ExternalTool.works(PYTHON, "-c", "import icalendar"), "python3-icalendar is not installed");
        List<ExportedEvent> events = dstEvents();
        compare("python3-icalendar", ClientExpectations.of(events), python(write("dst.ics", events)), true);
    }

    @Test
    void khalImportsAndListsEverySampleEventAtItsLocalTime() throws Exception {
        needTool(ExternalTool.works("khal", "--version"), "khal is not installed");
        List<ExportedEvent> events = sampleEvents();
        new Khal(dir).check(write("sample.ics", events), ClientExpectations.of(events));
    }

    @Test
    void khalListsTimesAroundClockChangesAtTheRightHour() throws Exception {
        needTool(ExternalTool.works("khal", "--version"), "khal is not installed");
        List<ExportedEvent> events = new ArrayList<>();
        for (String zone : List.of("Europe/Brussels", "Australia/Lord_Howe", "America/St_Johns")) {
            DstExhaustiveTest.eventsAcrossChanges(ZoneId.of(zone)).stream()
                    .filter(e -> e.start().time().getYear() == 2026).forEach(events::add);
        }
        new Khal(dir).check(write("edges.ics", events), ClientExpectations.of(events));
    }

    /**
     * The clock-change events of two years (1,520 of the 12,391): all sixteen years take ical.js about 50 s, and
     * DstExhaustiveTest already covers them through ical4j.
     */
    static List<ExportedEvent> dstEvents() {
        List<ExportedEvent> events = new ArrayList<>();
        DstExhaustiveTest.ZONES.forEach(z -> DstExhaustiveTest.eventsAcrossChanges(ZoneId.of(z)).stream()
                .filter(e -> e.start().time().getYear() == 2026 || e.start().time().getYear() == 2027)
                .forEach(events::add));
        return events;
    }

    /**
     * Skips where a client is not installed, but fails in CI (CI=true): .ci/run installs every client, so a
     * missing one there means the check silently stopped running.
     */
    private static void needTool(boolean present, String whatIsMissing) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            org.junit.jupiter.api.Assertions.assertTrue(present, whatIsMissing + " (CI must install it: see .ci/run)");
        }
        assumeTrue(present, whatIsMissing);
    }

    private static void assumeIcalJs() {
        needTool(Files.isDirectory(JS.resolve("node_modules/ical.js")),
                "ical.js is not installed: npm ci --prefix src/test/js");
        needTool(ExternalTool.works("node", "--version"), "node is not installed");
    }

    private static Map<String, JsonNode> icalJs(Path file) throws Exception {
        return byUid(ExternalTool.run(JS, List.of("node", "read-ics.mjs", file.toString())));
    }

    private static Map<String, JsonNode> python(Path file) throws Exception {
        return byUid(ExternalTool.run(file.getParent(), List.of(PYTHON, PYTHON_SCRIPT.toString(), file.toString())));
    }

    private static Map<String, JsonNode> byUid(String jsonLines) throws Exception {
        Map<String, JsonNode> events = new HashMap<>();
        for (String line : jsonLines.split("\n")) {
            if (!line.isBlank()) {
                JsonNode node = JSON.readTree(line);
                events.put(node.get("uid").asText(), node);
            }
        }
        return events;
    }

    private static void compare(String client, List<ClientExpectations> expected, Map<String, JsonNode> read,
                                boolean alsoFileZones) {
        assertEquals(expected.size(), read.size(), client + " reads every event");
        for (ClientExpectations e : expected) {
            JsonNode node = read.get(e.uid());
            assertNotNull(node, client + " lost " + e.uid());
            assertEquals(e.summary(), node.get("summary").asText(), client);
            shown(client, e.summary() + " start", e.start(), node.get("start"), alsoFileZones);
            if (e.end() == null) {
                assertNull(node.get("end").isNull() ? null : node.get("end"), client + " " + e.summary());
            } else {
                shown(client, e.summary() + " end", e.end(), node.get("end"), alsoFileZones);
            }
        }
    }

    private static void shown(String client, String what, ClientExpectations.Shown expected, JsonNode node,
                              boolean alsoFileZones) {
        String where = client + ": " + what;
        assertEquals(expected.local(), LocalDateTime.parse(node.get("local").asText().replace("Z", "")), where);
        assertEquals(expected.zone(), node.get("zone").asText(), where);
        assertEquals(expected.epochSeconds(), node.get("epochSeconds").asLong(), where);
        if (alsoFileZones) {
            assertEquals(expected.epochSeconds(), node.get("fileZoneEpochSeconds").asLong(),
                    where + " through the file's VTIMEZONE");
        }
    }
}
