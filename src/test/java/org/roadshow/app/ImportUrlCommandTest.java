package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.ProgrammeEdits;
import org.roadshow.io.fetch.LocalServer;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.model.Conference;
import org.roadshow.model.Programme;
import org.roadshow.model.ProgrammeFeed;
import org.roadshow.model.Project;
import org.roadshow.model.Session;
import org.roadshow.model.Trip;

/**
 * {@code roadshow import PROJECT URL} and {@code roadshow update}: against a web server on this machine, through
 * the real project file; nothing is saved unless everything worked, and success is said only after the save.
 */
class ImportUrlCommandTest {
    private static final String ETAG = "\"36c3-v1\"";
    private static final String MODIFIED = "Fri, 20 Dec 2019 10:00:00 GMT";

    @TempDir
    Path dir;
    Path project;
    LocalServer server;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws Exception {
        server = new LocalServer();
        project = dir.resolve("trips.roadshow");
        ProjectFile.save(SampleProjectBuilder.build().withTrip(Trip.create("36C3")), project);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static String resource(String name) throws Exception {
        try (InputStream in = ImportUrlCommandTest.class.getResourceAsStream("/schedules/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Trip trip(String name) throws Exception {
        return ProjectFile.load(project).project().tripNamed(name).orElseThrow();
    }

    @Test
    void importFromAnAddressKeepsItsVersionAndMakesTheTripsConference() throws Exception {
        server.programme("/2019/schedule.xml", resource("frab_new_36c3.xml").getBytes(StandardCharsets.UTF_8), ETAG, MODIFIED);
        String url = server.url("/2019/schedule.xml");
        assertEquals(0, run("import", project.toString(), url, "--trip", "36c3"), err.toString());
        assertTrue(out.toString().contains("Read " + url + " (Pentabarf/frab XML): 4 sessions over 2 days in 2 rooms."),
                out.toString());
        assertTrue(out.toString().contains("Also adds the conference \"36th Chaos Communication Congress\": "
                + "Fri 27 Dec 2019 – Sat 28 Dec 2019, Europe/Berlin."), out.toString());
        assertTrue(out.toString().endsWith("Saved " + project + ".\n"), out.toString());

        Trip trip = trip("36C3");
        Programme programme = trip.programmes().get(0);
        assertEquals(new ProgrammeFeed(url, ETAG, MODIFIED), programme.feed());
        assertEquals(url, programme.source());
        Conference conference = trip.items(Conference.class).get(0);
        assertEquals("36th Chaos Communication Congress", conference.name());
        assertEquals(ZoneId.of("Europe/Berlin"), conference.zone());
        assertEquals(LocalDate.of(2019, 12, 27), conference.firstDay());
        assertEquals(LocalDate.of(2019, 12, 28), conference.lastDay());
        assertEquals(conference.id(), programme.conferenceId(), "the programme belongs to the conference it made");
    }

    @Test
    void updateSaysNoChangeOnA304AndLeavesTheFileAlone() throws Exception {
        server.programme("/schedule.xml", resource("frab_new_36c3.xml").getBytes(StandardCharsets.UTF_8), ETAG, MODIFIED);
        assertEquals(0, run("import", project.toString(), server.url("/schedule.xml"), "--trip", "36C3"), err.toString());
        byte[] saved = Files.readAllBytes(project);
        assertEquals(0, run("update", project.toString(), "--trip", "36C3"), err.toString());
        assertTrue(out.toString().startsWith("\"36th Chaos Communication Congress\": no change since "), out.toString());
        assertEquals(ETAG, server.lastRequest().header("If-None-Match"));
        assertArrayEquals(saved, Files.readAllBytes(project));
    }

    @Test
    void updateReportsExactlyWhatChangedForStarredSessionsAndKeepsTheStars() throws Exception {
        String xml = resource("frab_new_36c3.xml");
        server.programme("/schedule.xml", xml.getBytes(StandardCharsets.UTF_8), ETAG, MODIFIED);
        assertEquals(0, run("import", project.toString(), server.url("/schedule.xml"), "--trip", "36C3"), err.toString());
        Project loaded = ProjectFile.load(project).project();
        Trip trip = loaded.tripNamed("36C3").orElseThrow();
        Programme programme = trip.programmes().get(0);
        for (Session s : programme.sessions()) {
            loaded = ProgrammeEdits.star(trip.id(), programme.id(), s.id(), SampleProjectBuilder.ZOE, true).apply(loaded);
        }
        ProjectFile.save(loaded, project);

        String changed = xml.replace("<date>2019-12-27T11:00:00+01:00</date>", "<date>2019-12-27T15:00:00+01:00</date>")
                .replace("<room>Borg</room>", "<room>Clarke</room>")
                .replace("<title>Late Night Lightning Talks</title>", "<title>Late Night Lightning Talks (extended)</title>")
                .replaceAll("(?s)<event guid=\"7f8e9a10-1111-4b5e-9a47-000000010003\".*?</event>", "");
        server.programme("/schedule.xml", changed.getBytes(StandardCharsets.UTF_8), "\"36c3-v2\"", null);
        assertEquals(0, run("update", project.toString(), "--trip", "36c3"), err.toString());
        String printed = out.toString();
        assertTrue(printed.contains("""
                Updated programme "36th Chaos Communication Congress" in trip "36C3":
                  0 added, 1 removed, 3 changed, 0 unchanged.
                  4 starred or linked sessions changed:
                    "Opening Ceremony" (starred): moved: Fri 27 Dec 11:00-11:40 → Fri 27 Dec 15:00-15:40
                    "Late Night Lightning Talks" (starred): renamed to "Late Night Lightning Talks (extended)"
                    "Fuzzing the Planet" (starred): room changed: Borg → Clarke
                    "Policy and Privacy" (starred): cancelled (kept in the plan, marked cancelled)
                """), printed);
        assertTrue(printed.endsWith("Saved " + project + ".\n"), printed);

        Programme updated = trip("36C3").programmes().get(0);
        assertEquals(programme.id(), updated.id());
        assertEquals("\"36c3-v2\"", updated.feed().etag());
        assertTrue(updated.sessions().stream().allMatch(s -> s.starredBy().equals(Set.of(SampleProjectBuilder.ZOE))),
                "every star kept");
    }

    @Test
    void anAddressThatFailsChangesNothing() throws Exception {
        byte[] before = Files.readAllBytes(project);
        String url = server.url("/2031/schedule.xml");
        assertEquals(1, run("import", project.toString(), url, "--trip", "36C3"));
        assertEquals("roadshow import: " + url + ": not found on the server (HTTP 404); check the address\n"
                + "Nothing was changed.", err.toString().strip());
        server.html("/page");
        assertEquals(1, run("import", project.toString(), server.url("/page"), "--trip", "36C3"));
        assertTrue(err.toString().contains(": this is a web page, not a programme"), err.toString());
        assertArrayEquals(before, Files.readAllBytes(project));
    }

    @Test
    void aProgrammeFarFromTheTripsDaysNeedsForce() throws Exception {
        server.programme("/schedule.xml", resource("fosdem_2021.xml").getBytes(StandardCharsets.UTF_8), null, null);
        byte[] before = Files.readAllBytes(project);
        String url = server.url("/schedule.xml");
        assertEquals(1, run("import", project.toString(), url, "--trip", "FOSDEM 2017"));
        assertTrue(err.toString().contains("The programme's days (Sat 6 Feb 2021 – Sun 7 Feb 2021) are 1,462 days from "
                + "the trip's (Fri 3 Feb 2017 – Sun 5 Feb 2017). Is this the right trip? Add --force to import it anyway."),
                err.toString());
        assertArrayEquals(before, Files.readAllBytes(project));

        assertEquals(0, run("import", project.toString(), url, "--trip", "FOSDEM 2017", "--force"), err.toString());
        assertTrue(out.toString().contains("The trip's conference \"FOSDEM 2017\" differs from the programme:\n"
                + "  name: \"FOSDEM 2017\" → \"FOSDEM 2021\"\n"), out.toString());
        assertTrue(out.toString().contains("It is kept as it is (--update-conference updates it)."), out.toString());
        assertEquals("FOSDEM 2017", trip("FOSDEM 2017").items(Conference.class).get(0).name());
    }

    @Test
    void badTripsAndMissingProgrammesAreUsageErrors() throws Exception {
        String url = server.url("/schedule.xml");
        assertEquals(2, run("update", project.toString(), "--trip", "Mars"));
        assertTrue(err.toString().startsWith("roadshow update: " + project + ": there is no trip called \"Mars\""),
                err.toString());
        assertEquals(2, run("update", project.toString(), "--trip", "FOSDEM 2017"));
        assertTrue(err.toString().contains("trip \"FOSDEM 2017\" has no programme imported from a web address"),
                err.toString());
        assertEquals(2, run("import", project.toString(), url));
        assertTrue(err.toString().contains(": the project has several trips; say which with --trip NAME: \"FOSDEM 2017\""),
                err.toString());
        assertEquals(2, run("import", project.toString(), "ftp://example.org/schedule.xml", "--trip", "36C3"));
    }
}
