package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.io.project.ProjectFile;

class CliTest {
    static final Path SAMPLE = Path.of("assets/samples/roadshow-sample.roadshow");

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void validateSaysOkWithCountsAndExitsZero() {
        Result r = run("validate", SAMPLE.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(SAMPLE + ": OK (2 trips, 39 items)\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void validateNamesTheFileLineAndProblemOnStderrAndExitsOne() throws Exception {
        Path broken = dir.resolve("broken.roadshow");
        Files.writeString(broken, Files.readString(SAMPLE).replaceFirst("\"zone\": \"Europe/Brussels\"",
                "\"zone\": \"Europe/Brusels\""));
        Result r = run("validate", broken.toString());
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith(broken + ", line 64, column 19: trips[0].conferences[0].zone: 'Europe/Brusels'"
                + " is not a known time zone"), r.err());
    }

    @Test
    void validateChecksEveryFileAndFailsWhenOneIsBad() throws Exception {
        Path missing = dir.resolve("missing.roadshow");
        Result r = run("validate", SAMPLE.toString(), missing.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().startsWith(SAMPLE + ": OK"), r.out());
        assertEquals(missing + ": cannot open: no such file\n", r.err());
    }

    @Test
    void validateReportsANewerFileAsReadOnly() throws Exception {
        Path future = dir.resolve("future.roadshow");
        Files.writeString(future, Files.readString(SAMPLE).replace("\"formatVersion\": 1", "\"formatVersion\": 2"));
        Result r = run("validate", future.toString());
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("written by a newer Roadshow (format 2), so it opens read-only"), r.out());
    }

    @Test
    void usageErrorsExitTwo() {
        Result none = run("validate");
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("Missing required parameter"), none.err());
        assertEquals(2, run("validate", "--bogus", SAMPLE.toString()).exit());
        assertEquals(2, run("info").exit());
    }

    @Test
    void infoPrintsTripsConferencesPeopleAndCounts() {
        Result r = run("info", SAMPLE.toString());
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("Project: Conference trips\nFile: " + SAMPLE + " (format 1)\nPeople (6):\n"), out);
        assertTrue(out.contains("  Zoë Müller (Developer advocate), home zone Europe/Berlin\n"), out);
        assertTrue(out.contains("  FOSDEM 2017\n    People: Lena Hartmann, Ravi Iyer, Zoë Müller, Mateo García\n"
                + "    Conference: FOSDEM 2017, Brussels, Europe/Brussels, 2017-02-04 to 2017-02-05 (2 days)\n"
                + "    Items (19): conferences 1, talks 4, booths 1, shifts 4, demos 1, travel 3, meetings 1,"
                + " checklist 4\n"), out);
        assertTrue(out.contains("    Conference: Florida Linux Show, Orlando, America/New_York, 2008-02-11 to 2008-02-11"
                + " (1 day)\n"), out);
    }

    @Test
    void infoJsonParsesBackWithTheSameFacts() throws Exception {
        Result r = run("info", SAMPLE.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("Conference trips", root.get("name").asText());
        assertEquals(1, root.get("formatVersion").asInt());
        assertEquals(false, root.get("readOnly").asBoolean());
        assertEquals(SampleProjectBuilder.build().people().size(), root.get("people").size());
        assertEquals("Europe/Moscow", root.at("/people/4/homeZone").asText());
        JsonNode scale = root.at("/trips/1");
        assertEquals("SCALE 6x and Florida Linux Show 2008", scale.get("name").asText());
        assertEquals(2, scale.get("conferences").size());
        assertEquals("America/Los_Angeles", scale.at("/conferences/0/zone").asText());
        assertEquals(3, scale.at("/conferences/0/days").asInt());
        assertEquals(4, scale.at("/items/travel").asInt());
        assertEquals(5, scale.at("/items/checklist").asInt());
        assertEquals(20, scale.get("itemCount").asInt());
        int total = 0;
        for (JsonNode trip : root.get("trips")) {
            total += trip.get("itemCount").asInt();
        }
        assertEquals(SampleProjectBuilder.build().trips().stream().mapToInt(t -> t.items().size()).sum(), total);
    }

    @Test
    void infoOnABrokenFileExitsOneWithTheError() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.roadshow"), "");
        Result r = run("info", empty.toString(), "--json");
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertEquals("roadshow info: " + empty + ": the file is empty; it is not a Roadshow project\n", r.err());
    }

    @Test
    void validateAcceptsWhatSaveWrote() throws Exception {
        Path file = dir.resolve("saved.roadshow");
        ProjectFile.save(SampleProjectBuilder.build(), file);
        assertEquals(0, run("validate", file.toString()).exit());
    }
}
