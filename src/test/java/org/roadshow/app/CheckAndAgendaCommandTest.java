package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;

/** {@code roadshow check} and {@code roadshow agenda} on the sample project. */
class CheckAndAgendaCommandTest {
    @TempDir
    Path dir;
    Path projectFile;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void saveSample() throws Exception {
        projectFile = dir.resolve("trips.roadshow");
        ProjectFile.save(SampleProjectBuilder.build(), projectFile);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void checkListsTheSamplesConflictsByTripAndExitsOneForErrors() {
        assertEquals(1, run("check", projectFile.toString()), err.toString());
        String text = out.toString();
        assertTrue(text.startsWith("FOSDEM 2017\n  error    Ravi Iyer gives the talk “Live patching the Xen Project "
                + "hypervisor” (Sat 4 Feb 11:30–11:55) during booth duty at Xen Project (Sat 4 Feb 09:30–12:00).\n"), text);
        assertTrue(text.contains("SCALE 6x and Florida Linux Show 2008\n  error    Booth duty at OpenVZ (Sun 10 Feb "
                + "13:00–16:00) has nobody on it; the booth needs at least 1 person.\n  warning  Nobody is on duty at "
                + "OpenVZ (Sun 10 Feb 13:00–16:00) while the booth is open.\n"), text);
        assertTrue(text.endsWith("4 errors, 1 warning.\n"), text);
    }

    @Test
    void aPersonAndTripNarrowTheCheckAndNoErrorsExitZero() {
        assertEquals(0, run("check", projectFile.toString(), "--person", "Mateo"), err.toString());
        assertEquals("No conflicts.\n", out.toString());
        assertEquals(1, run("check", projectFile.toString(), "--trip", "FOSDEM", "--person", "lena hartmann"));
        assertEquals(2, out.toString().split("\n  error").length - 1, out.toString());
        assertTrue(out.toString().contains("Lena Hartmann has booth duty"), out.toString());
    }

    @Test
    void theJsonHasKindSeverityItemsPeopleAndMessage() throws Exception {
        assertEquals(1, run("check", projectFile.toString(), "--json", "--trip", "SCALE"), err.toString());
        JsonNode root = new ObjectMapper().readTree(out.toString());
        JsonNode conflicts = root.get("conflicts");
        assertEquals(2, conflicts.size());
        JsonNode first = conflicts.get(0);
        assertEquals("understaffed", first.get("kind").asText());
        assertEquals("error", first.get("severity").asText());
        assertEquals(List.of(SampleProjectBuilder.id("scale:shift:sun-pm").toString(),
                SampleProjectBuilder.id("scale:booth").toString()),
                List.of(first.get("items").get(0).asText(), first.get("items").get(1).asText()));
        assertEquals(0, first.get("people").size());
        assertEquals("warning", conflicts.get(1).get("severity").asText());
        assertEquals("unstaffed-hours", conflicts.get(1).get("kind").asText());
        assertTrue(conflicts.get(1).get("message").asText().startsWith("Nobody is on duty at OpenVZ"));
    }

    @Test
    void warningsAloneExitZero() throws Exception {
        Project sample = SampleProjectBuilder.build();
        Trip scale = sample.trip(SampleProjectBuilder.SCALE_TRIP).orElseThrow();
        Trip fixed = scale.withItems(scale.items().stream().map(i -> i.id().equals(SampleProjectBuilder.id(
                "scale:booth")) ? ((org.roadshow.model.Booth) i).withMinStaff(0) : i).toList());
        Path file = dir.resolve("warnings.roadshow");
        ProjectFile.save(sample.withTrip(fixed), file);
        assertEquals(0, run("check", file.toString(), "--trip", "SCALE"), out.toString());
        assertTrue(out.toString().endsWith("0 errors, 1 warning.\n"), out.toString());
    }

    @Test
    void badUsageExitsTwoAndAnUnreadableFileOne() throws Exception {
        assertEquals(2, run("check", projectFile.toString(), "--person", "Nobody"));
        assertTrue(err.toString().contains("there is no person called \"Nobody\""), err.toString());
        assertEquals(2, run("check"));
        Path broken = dir.resolve("broken.roadshow");
        Files.writeString(broken, "{");
        assertEquals(1, run("check", broken.toString()));
        assertTrue(err.toString().startsWith("roadshow check: "), err.toString());
        assertEquals(2, run("agenda", projectFile.toString()));
        assertTrue(err.toString().contains("--person"), err.toString());
        assertEquals(2, run("agenda", projectFile.toString(), "--person", "Kirill", "--zone", "Mars/Olympus"));
        assertTrue(err.toString().contains("\"Mars/Olympus\" is not a time zone"), err.toString());
    }

    @Test
    void agendaPrintsOnePersonsDaysInLocalTimesOrOneZone() {
        assertEquals(0, run("agenda", projectFile.toString(), "--person", "Kirill"), err.toString());
        String local = out.toString();
        assertTrue(local.startsWith("Kirill Orlov (local times where each thing happens)\n\nThu 7 Feb 2008\n"
                + "  10:20 Moscow time – 16:45 Los Angeles time  Flight SVO Moscow → LAX Los Angeles (Aeroflot SU105)\n"),
                local);
        assertTrue(local.contains("Sun 10 Feb 2008\n  13:30–14:30  Talk: Live migration of containers with OpenVZ "
                + "(Los Angeles A)\n  22:35 Los Angeles time – 06:20 New York time (+1 day)  Flight LAX Los Angeles → "
                + "MCO Orlando (Delta DL1574)\n"), local);

        assertEquals(0, run("agenda", projectFile.toString(), "--person", "Kirill", "--zone", "America/New_York"));
        String eastern = out.toString();
        assertTrue(eastern.startsWith("Kirill Orlov (times in America/New_York)\n\nThu 7 Feb 2008\n  02:20–19:45  "
                + "Flight SVO Moscow → LAX Los Angeles (Aeroflot SU105)\n"), eastern);
        assertTrue(eastern.contains("\nMon 11 Feb 2008\n  01:35–06:20  Flight LAX Los Angeles → MCO Orlando"), eastern);
    }
}
