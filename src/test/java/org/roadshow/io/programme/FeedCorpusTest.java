package org.roadshow.io.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every feed of {@code src/test/resources/feeds} (real feeds from the test suites of ical.js,
 * python-icalendar, ical4j and libical, and damaged variants of linux.conf.au 2020) against
 * python-icalendar's reading of it: the same events (UID and summary) at the same local times, and at the
 * same instants wherever python-icalendar knows the zone. A damaged variant must give what
 * python-icalendar reads from the clean excerpt. Skipped where python3 with icalendar is missing
 * (CI installs Debian's python3-icalendar).
 */
class FeedCorpusTest {
    private static final String CLEAN = "lca2020-excerpt.ics";
    private static Path feeds;
    private static Map<String, JsonNode> python;

    @BeforeAll
    static void readAllWithPython() throws Exception {
        feeds = Path.of(FeedCorpusTest.class.getResource("/feeds").toURI());
        String interpreter = Stream.of("/usr/bin/python3", "python3").filter(FeedCorpusTest::hasIcalendar).findFirst()
                .orElse(null);
        Assumptions.assumeTrue(interpreter != null, "python3 with the icalendar module is not installed");
        List<String> command = new ArrayList<>(List.of(interpreter, feeds.resolve("read_with_python_icalendar.py").toString()));
        corpus().forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "the python reader failed");
        python = new TreeMap<>();
        new ObjectMapper().readTree(out).fields().forEachRemaining(e -> python.put(e.getKey(), e.getValue()));
    }

    private static boolean hasIcalendar(String interpreter) {
        try {
            Process p = new ProcessBuilder(interpreter, "-c", "import icalendar").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<Path> corpus() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.walk(feeds)) {
            return files.filter(f -> f.toString().endsWith(".ics")).sorted().toList();
        }
    }

    @Test
    void everyFeedPythonReadsImportsTheSameEventsAtTheSameTimes() throws Exception {
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (Path file : corpus()) {
            boolean damaged = file.getParent().getFileName().toString().equals("damaged");
            JsonNode reference = python.get((damaged ? feeds.resolve(CLEAN) : file).toString());
            if (reference.has("error")) {
                continue; // python-icalendar cannot read it at all: nothing to compare with (see the test below)
            }
            compared += compare(file, reference.get("events"), problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(compared >= 14 * 36 + 10, "only " + compared + " events were compared");
    }

    @Test
    void feedsPythonCannotReadStillImportWhatTheyHold() throws Exception {
        ParsedProgramme restriction = ProgrammeImport.parse(Files.readAllBytes(feeds.resolve("libical/restriction.ics")),
                "restriction.ics");
        assertTrue(python.get(feeds.resolve("libical/restriction.ics").toString()).has("error"), "three calendars in one file");
        assertTrue(restriction.sessions().stream().anyMatch(s -> s.title().equals("Annual Employee Review")));
        Path bad = feeds.resolve("python-icalendar/issue_218_bad_tzid.ics");
        assertTrue(python.get(bad.toString()).has("error"), "a VTIMEZONE with a DATE start");
        ParsedSession court = ProgrammeImport.parse(Files.readAllBytes(bad), "bad.ics").sessions().get(0);
        assertEquals("TESTIN", court.title());
        assertEquals(ZoneOffset.ofHours(11), court.offset(), "the file's own VTIMEZONE gives the offset");
        assertEquals(LocalDateTime.of(2017, 2, 28, 23, 0), court.start());
    }

    /** Compares one file with python-icalendar's events; returns how many were compared. */
    private static int compare(Path file, JsonNode events, List<String> problems) {
        String name = feeds.relativize(file).toString();
        List<ParsedSession> ours;
        try {
            ours = ProgrammeImport.parse(Files.readAllBytes(file), name).sessions();
        } catch (ProgrammeImportException e) {
            ours = List.of(); // no sessions: python-icalendar must have none that a programme keeps
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Set<ParsedSession> matched = new HashSet<>();
        Set<String> repeating = new HashSet<>();
        int count = 0;
        for (JsonNode e : events) {
            JsonNode start = e.get("start");
            if (start == null || start.isNull() || !start.has("local") || e.get("status").asText().equalsIgnoreCase("CANCELLED")) {
                continue; // no start, all-day or cancelled: not a session, in python's reading as in ours
            }
            count++;
            String uid = e.get("uid").asText().strip();
            String title = e.get("summary").asText().strip().isEmpty() ? IcsEvents.UNTITLED : e.get("summary").asText().strip();
            LocalDateTime local = LocalDateTime.parse(start.get("local").asText());
            if (e.get("rrule").asBoolean()) {
                repeating.add(uid);
            }
            ParsedSession s = ours.stream().filter(o -> !matched.contains(o) && o.title().equals(title) && o.start().equals(local)
                    && (o.guid().equals(uid) || o.guid().startsWith(uid + "/"))).findFirst().orElse(null);
            if (s == null) {
                problems.add(name + ": missing \"" + title + "\" (" + uid + ") at " + local);
                continue;
            }
            matched.add(s);
            String utc = start.path("utc").asText(null);
            if (utc != null && !LocalDateTime.parse(utc).equals(utc(s, s.start()))) {
                problems.add(name + ": \"" + title + "\" starts at " + utc(s, s.start()) + " UTC, python-icalendar says " + utc);
            }
            JsonNode end = e.get("end");
            if (end != null && end.has("local")) {
                String endUtc = end.path("utc").asText(null);
                LocalDateTime ourEnd = endUtc != null && utc(s, s.end()) != null ? utc(s, s.end()) : s.end();
                LocalDateTime theirs = LocalDateTime.parse(endUtc != null && utc(s, s.end()) != null ? endUtc : end.get("local").asText());
                if (!ourEnd.equals(theirs)) {
                    problems.add(name + ": \"" + title + "\" ends at " + ourEnd + ", python-icalendar says " + theirs);
                }
            }
        }
        for (ParsedSession o : ours) {
            boolean expansion = repeating.stream().anyMatch(uid -> o.guid().startsWith(uid + "/"));
            if (!matched.contains(o) && !expansion) {
                problems.add(name + ": \"" + o.title() + "\" at " + o.start() + " is not in python-icalendar's reading");
            }
        }
        return count;
    }

    /** The session time as a UTC clock time, or null when it is floating. */
    private static LocalDateTime utc(ParsedSession s, LocalDateTime local) {
        if (s.zone() != null) {
            return LocalDateTime.ofInstant(local.atZone(s.zone()).toInstant(), ZoneOffset.UTC);
        }
        return s.offset() == null ? null : LocalDateTime.ofInstant(local.toInstant(s.offset()), ZoneOffset.UTC);
    }

    @Test
    void theDamagedVariantsKeepTheirTextWhole() throws Exception {
        for (String variant : List.of("folds-split-utf8.ics", "latin1.ics", "crcrlf-in-folds.ics", "vcalendar10-params.ics")) {
            ParsedProgramme parsed = ProgrammeImport.parse(Files.readAllBytes(feeds.resolve("damaged/" + variant)), variant);
            assertTrue(parsed.sessions().stream().anyMatch(s -> s.title().equals("Keynote: Drop Your Tools – Does Expertise have a Dark Side?")),
                    variant + ": the keynote's title");
            assertTrue(parsed.sessions().stream().anyMatch(s -> s.abstractText().contains("take this power back – and demand")),
                    variant + ": Lizzie O’Shea's abstract");
            assertTrue(parsed.sessions().stream().noneMatch(s -> (s.title() + s.abstractText()).contains("\uFFFD")), variant);
        }
        String latin1 = new String(Files.readAllBytes(feeds.resolve("damaged/latin1.ics")), StandardCharsets.UTF_8);
        assertTrue(latin1.contains("\uFFFD"), "the Latin-1 variant is not UTF-8");
    }
}
