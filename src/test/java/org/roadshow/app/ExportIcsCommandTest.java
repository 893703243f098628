package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.io.ical.IcsExport;
import org.roadshow.io.ical.SampleWithProgramme;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.model.Project;
import org.roadshow.plan.Agenda;
import org.roadshow.plan.AgendaSelection;

/** {@code roadshow export-ics}: what it writes, and clear errors with a non-zero exit for bad input. */
class ExportIcsCommandTest {
    @TempDir
    Path dir;
    Path projectFile;
    Project project;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void saveSample() throws Exception {
        project = SampleWithProgramme.build();
        projectFile = dir.resolve("trips.roadshow");
        ProjectFile.save(project, projectFile);
    }

    private int run(String... args) {
        String[] all = Stream.concat(Stream.of("export-ics"), Stream.of(args)).toArray(String[]::new);
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    private static List<String> lines(Path file, String prefix) throws Exception {
        return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).toList();
    }

    @Test
    void exportsOnePersonsItems() throws Exception {
        Path ics = dir.resolve("kirill.ics");
        assertEquals(0, run(projectFile.toString(), "--person", "Kirill Orlov", "-o", ics.toString()), err.toString());
        int expected = Agenda.select(project, AgendaSelection.forPerson(org.roadshow.SampleProjectBuilder.KIRILL)).size();
        assertEquals(expected, lines(ics, "BEGIN:VEVENT").size());
        int todos = IcsExport.todos(project, AgendaSelection.forPerson(org.roadshow.SampleProjectBuilder.KIRILL),
                java.util.Map.of()).size();
        assertTrue(todos > 0, "unassigned items with a due date on his trip");
        assertEquals(todos, lines(ics, "BEGIN:VTODO").size());
        assertTrue(out.toString().contains("Wrote " + expected + " events and " + todos + " to-dos to " + ics),
                out.toString());
        assertTrue(lines(ics, "SUMMARY:").contains("SUMMARY:Flight LAX Los Angeles → MCO Orlando"));
        assertTrue(lines(ics, "X-WR-CALNAME:").contains("X-WR-CALNAME:Roadshow: Kirill Orlov"));
    }

    @Test
    void exportsEveryoneWhenNoPersonIsNamed() throws Exception {
        Path ics = dir.resolve("all.ics");
        assertEquals(0, run(projectFile.toString(), "-o", ics.toString()), err.toString());
        assertEquals(Agenda.select(project, AgendaSelection.everything()).size(), lines(ics, "BEGIN:VEVENT").size());
    }

    @Test
    void tripsKindsAndAlarmsNarrowAndSetTheExport() throws Exception {
        Path ics = dir.resolve("zoe.ics");
        // "zoe muller" without accents and "fosdem" as the start of the trip's name both match
        assertEquals(0, run(projectFile.toString(), "-p", "zoe muller", "--trip", "fosdem", "--kinds", "travel,shift",
                "--alarm", "travel=60", "--alarm", "shift=off", "-o", ics.toString()), err.toString());
        assertEquals(List.of("SUMMARY:Flight BER Tegel → BRU Brussels", "SUMMARY:Booth duty: Xen Project (K\\, level 1)",
                "SUMMARY:Booth duty: Xen Project (K\\, level 1)", "SUMMARY:Booth duty: Xen Project (K\\, level 1)"),
                lines(ics, "SUMMARY:"));
        assertEquals(List.of("TRIGGER:-PT1H"), lines(ics, "TRIGGER:"));

        assertEquals(0, run(projectFile.toString(), "-p", "Zoë", "--no-alarms", "-o", ics.toString()));
        assertEquals(List.of(), lines(ics, "TRIGGER:"));
    }

    @Test
    void theBoothRosterHoldsEveryShiftOfTheBooth() throws Exception {
        Path ics = dir.resolve("roster.ics");
        assertEquals(0, run(projectFile.toString(), "--booth", "OpenVZ", "--kinds", "shift", "-o", ics.toString()),
                err.toString());
        assertEquals(4, lines(ics, "BEGIN:VEVENT").size());
        assertTrue(Files.readString(ics).contains("Nobody is on this shift yet."));
    }

    @Test
    void anUnknownPersonIsAClearErrorAndWritesNothing() {
        Path ics = dir.resolve("x.ics");
        assertEquals(2, run(projectFile.toString(), "--person", "Nobody Here", "-o", ics.toString()));
        assertTrue(err.toString().contains("there is no person called \"Nobody Here\"; the project has \"Lena Hartmann\""),
                err.toString());
        assertTrue(err.toString().contains(projectFile.toString()));
        assertFalse(Files.exists(ics));
    }

    @Test
    void anUnknownTripKindOrAlarmIsAClearError() {
        Path ics = dir.resolve("x.ics");
        assertEquals(2, run(projectFile.toString(), "--trip", "Web Summit", "-o", ics.toString()));
        assertTrue(err.toString().contains("there is no trip called \"Web Summit\"; the project has \"FOSDEM 2017\", "
                + "\"SCALE 6x and Florida Linux Show 2008\""), err.toString());
        assertEquals(2, run(projectFile.toString(), "--kinds", "talk,lunch", "-o", ics.toString()));
        assertTrue(err.toString().contains("unknown kind \"lunch\""), err.toString());
        assertEquals(2, run(projectFile.toString(), "--alarm", "flight=soon", "-o", ics.toString()));
        assertTrue(err.toString().contains("unknown kind \"flight\""), err.toString());
        assertEquals(2, run(projectFile.toString(), "--alarm", "travel=soon", "-o", ics.toString()));
        assertTrue(err.toString().contains("\"soon\" is not a number of minutes or off"), err.toString());
        assertFalse(Files.exists(ics));
    }

    @Test
    void kindsTodoWritesTheOpenChecklistItemsWithADueDateAsToDos() throws Exception {
        Path ics = dir.resolve("todo.ics");
        assertEquals(0, run(projectFile.toString(), "--kinds", "todo", "-o", ics.toString()), err.toString());
        int todos = IcsExport.todos(project, AgendaSelection.everything(), java.util.Map.of()).size();
        assertEquals(5, todos, "the sample's open items with a due date");
        assertEquals(List.of(), lines(ics, "BEGIN:VEVENT"));
        assertEquals(todos, lines(ics, "BEGIN:VTODO").size());
        assertEquals(todos, lines(ics, "STATUS:NEEDS-ACTION").size());
        assertTrue(out.toString().contains("Wrote 0 events and 5 to-dos to " + ics), out.toString());

        assertEquals(2, run(projectFile.toString(), "--alarm", "todo=10", "-o", dir.resolve("x.ics").toString()));
        assertTrue(err.toString().contains("--alarm todo=10: to-dos are written without reminders"), err.toString());
    }

    @Test
    void aSelectionWithNothingInItWritesNoFile() {
        Path ics = dir.resolve("none.ics");
        assertEquals(2, run(projectFile.toString(), "-p", "Dana Whitfield", "-t", "FOSDEM 2017", "-o", ics.toString()));
        assertTrue(err.toString().contains("nothing to export: no talk, booth duty, demo, travel, meeting, "
                + "starred talk or to-do for Dana Whitfield in FOSDEM 2017; " + ics + " was not written"), err.toString());
        assertFalse(Files.exists(ics));
    }

    @Test
    void aNameThatFitsTwoPeopleIsAClearError() throws Exception {
        ProjectFile.save(project.withPerson(org.roadshow.model.Person.create("Dana Scully", "", "", null)), projectFile);
        assertEquals(2, run(projectFile.toString(), "--person", "dana", "-o", dir.resolve("x.ics").toString()));
        assertTrue(err.toString().contains("\"dana\" could be more than one person: \"Dana Whitfield\", \"Dana Scully\""),
                err.toString());
    }

    @Test
    void aProjectThatCannotBeReadIsAnError() {
        assertEquals(1, run(dir.resolve("missing.roadshow").toString(), "-o", dir.resolve("x.ics").toString()));
        assertTrue(err.toString().contains("missing.roadshow"), err.toString());
    }

    @Test
    void aReadOnlyTargetIsLeftUntouched() throws Exception {
        Path ics = dir.resolve("old.ics");
        byte[] before = "BEGIN:VCALENDAR\r\nold content\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(ics, before);
        Files.setPosixFilePermissions(ics, PosixFilePermissions.fromString("r--r--r--"));
        assertEquals(1, run(projectFile.toString(), "-o", ics.toString()));
        assertTrue(err.toString().contains("old.ics") && err.toString().contains("read-only"), err.toString());
        assertArrayEquals(before, Files.readAllBytes(ics));
        assertEquals(List.of("old.ics", "trips.roadshow"), listing(), "no temporary file left behind");
    }

    @Test
    void aTargetInAFolderThatCannotBeWrittenLeavesTheOldFile() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Path ics = locked.resolve("old.ics");
        byte[] before = "BEGIN:VCALENDAR\r\nold content\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(ics, before);
        boolean immutable = lock(locked);
        try {
            assumeTrue(immutable, "cannot make a folder unwritable here (root without chattr)");
            assertEquals(1, run(projectFile.toString(), "-o", ics.toString()));
            assertTrue(err.toString().contains("old.ics") && err.toString().contains("unchanged"), err.toString());
            assertArrayEquals(before, Files.readAllBytes(ics));
        } finally {
            unlock(locked);
        }
        try (Stream<Path> files = Files.list(locked)) {
            assertEquals(List.of(ics), files.toList());
        }
    }

    @Test
    void aFolderOrAMissingFolderIsNotATarget() {
        assertEquals(1, run(projectFile.toString(), "-o", dir.toString()));
        assertTrue(err.toString().contains("is a folder"), err.toString());
        assertEquals(1, run(projectFile.toString(), "-o", dir.resolve("no/such/folder/x.ics").toString()));
        assertTrue(err.toString().contains("does not exist"), err.toString());
    }

    private List<String> listing() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Makes the folder unwritable even for root where possible: chmod, then chattr +i if still writable. */
    private static boolean lock(Path folder) throws Exception {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (!canCreateIn(folder)) {
            return true;
        }
        try {
            Process p = new ProcessBuilder("chattr", "+i", folder.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0 && !canCreateIn(folder);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void unlock(Path folder) throws Exception {
        try {
            Process p = new ProcessBuilder("chattr", "-i", folder.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor();
        } catch (java.io.IOException e) {
            // no chattr: the folder was only chmod-ed
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static boolean canCreateIn(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
