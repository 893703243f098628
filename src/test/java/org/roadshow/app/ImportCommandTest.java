package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.ProgrammeEdits;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.model.Session;
import org.roadshow.model.Trip;

/** {@code roadshow import}: imports and re-imports through the real project file, and changes nothing on failure. */
class ImportCommandTest {
    @TempDir
    Path dir;
    Path project;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void sampleProject() throws Exception {
        project = dir.resolve("trips.roadshow");
        ProjectFile.save(SampleProjectBuilder.build(), project);
    }

    Path copy(String resource) throws Exception {
        Path target = dir.resolve(resource);
        try (InputStream in = getClass().getResourceAsStream("/schedules/" + resource)) {
            Files.copy(in, target);
        }
        return target;
    }

    int run(String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void importsFosdemIntoTheTripWithTheBrusselsGuessAndSavesIt() throws Exception {
        Path fosdem = copy("fosdem_2021.xml");
        assertEquals(0, run("import", project.toString(), fosdem.toString(), "--trip", "FOSDEM 2017", "--force"),
                err.toString());
        String printed = out.toString();
        assertTrue(printed.contains("Read fosdem_2021.xml (Pentabarf/frab XML): 773 sessions over 2 days in 108 rooms."), printed);
        assertTrue(printed.contains("Times taken as Europe/Brussels: the file does not say its zone"), printed);
        assertTrue(printed.contains("Imported programme \"FOSDEM 2021\" into trip \"FOSDEM 2017\":"), printed);
        assertTrue(printed.contains("773 sessions imported."), printed);

        Trip trip = ProjectFile.load(project).project().tripNamed("FOSDEM 2017").orElseThrow();
        Programme programme = trip.programmes().get(0);
        assertEquals(773, programme.sessions().size());
        assertEquals(ZoneId.of("Europe/Brussels"), programme.zone());
        assertEquals("fosdem_2021.xml", programme.source());
    }

    @Test
    void programmesWithStarsRoundTripThroughTheProjectFileAndReimportKeepsThem() throws Exception {
        Path fosdem = copy("fosdem_2021.xml");
        assertEquals(0, run("import", project.toString(), fosdem.toString(), "--trip", "FOSDEM 2017", "--zone",
                "Europe/Brussels", "--force"));
        Project loaded = ProjectFile.load(project).project();
        Trip trip = loaded.tripNamed("FOSDEM 2017").orElseThrow();
        Programme programme = trip.programmes().get(0);
        Session welcome = programme.sessions().stream().filter(s -> s.title().equals("Welcome to FOSDEM 2021")).findFirst().orElseThrow();
        Project starred = ProgrammeEdits.toggleStar(trip.id(), programme.id(), welcome.id(), SampleProjectBuilder.ZOE).apply(loaded);
        ProjectFile.save(starred, project);
        assertEquals(starred, ProjectFile.load(project).project(), "the programme and its star survive save and load");

        out.getBuffer().setLength(0);
        assertEquals(0, run("import", project.toString(), fosdem.toString(), "--trip", "fosdem 2017", "--force"),
                err.toString());
        assertTrue(out.toString().contains("0 added, 0 removed, 0 changed, 773 unchanged."), out.toString());
        Programme again = ProjectFile.load(project).project().tripNamed("FOSDEM 2017").orElseThrow().programmes().get(0);
        assertEquals(1, ProjectFile.load(project).project().tripNamed("FOSDEM 2017").orElseThrow().programmes().size());
        assertEquals(773, again.sessions().size(), "nothing duplicated");
        Session kept = again.sessions().stream().filter(s -> s.id().equals(welcome.id())).findFirst().orElseThrow();
        assertEquals(Set.of(SampleProjectBuilder.ZOE), kept.starredBy());
    }

    @Test
    void anUnknownTripIsAClearErrorAndChangesNothing() throws Exception {
        byte[] before = Files.readAllBytes(project);
        assertEquals(2, run("import", project.toString(), copy("fosdem_2021.xml").toString(), "--trip", "Mars"));
        assertEquals("roadshow import: " + project + ": there is no trip called \"Mars\"; the project has \"FOSDEM 2017\", "
                + "\"SCALE 6x and Florida Linux Show 2008\"", err.toString().strip().lines().findFirst().orElse(""));
        assertArrayEquals(before, Files.readAllBytes(project));
    }

    @Test
    void aBrokenProgrammeLeavesTheProjectFileUntouched() throws Exception {
        Path bad = dir.resolve("schedule.xml");
        Files.writeString(bad, "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><schedule>&e;</schedule>");
        byte[] before = Files.readAllBytes(project);
        assertEquals(1, run("import", project.toString(), bad.toString(), "--trip", "FOSDEM 2017"));
        assertTrue(err.toString().startsWith("roadshow import: schedule.xml, line 1: the file declares a DOCTYPE"), err.toString());
        assertTrue(err.toString().contains("Nothing was changed."));
        assertArrayEquals(before, Files.readAllBytes(project));
    }

    @Test
    void aDryRunReportsButDoesNotSave() throws Exception {
        byte[] before = Files.readAllBytes(project);
        assertEquals(0, run("import", project.toString(), copy("linux_conf_au_2020.ics").toString(),
                "--trip", "FOSDEM 2017", "--dry-run", "--force"));
        assertTrue(out.toString().contains("262 sessions"), out.toString());
        assertTrue(out.toString().contains("Dry run: " + project + " was not changed."), out.toString());
        assertArrayEquals(before, Files.readAllBytes(project));
    }

    @Test
    void aBadZoneIsAUsageError() throws Exception {
        assertEquals(2, run("import", project.toString(), copy("fosdem_2021.xml").toString(), "--trip", "FOSDEM 2017",
                "--zone", "Brussels/Atomium"));
        assertTrue(err.toString().contains("\"Brussels/Atomium\" is not a time zone"), err.toString());
    }
}
