package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.io.project.ProjectFile;

/**
 * The command line behaves the same across commands: a mistyped command gets a suggestion, no display gets one
 * line, an unknown trip is bad usage (2) everywhere, names match the same way everywhere, a damaged file's error
 * points at its readable backup, and nothing claims success before the save.
 */
class CommandLineAgreementTest {
    @TempDir
    Path dir;
    Path project;

    record Result(int exit, String out, String err) {
    }

    @BeforeEach
    void sampleProject() throws Exception {
        project = dir.resolve("trips.roadshow");
        ProjectFile.save(SampleProjectBuilder.build(), project);
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exit, out.toString(), err.toString());
    }

    static Result launch(Map<String, String> env, String... args) {
        StringWriter err = new StringWriter();
        Properties linux = new Properties();
        linux.setProperty("os.name", "Linux");
        OptionalInt exit = Launcher.commandLine(args, new PrintWriter(err, true), env, linux);
        return new Result(exit.orElse(-1), "", err.toString());
    }

    @Test
    void aMistypedCommandGetsASuggestionInsteadOfTheWindow() {
        Result r = launch(Map.of("DISPLAY", ":0"), "valdate", "trips.roadshow");
        assertEquals(2, r.exit());
        assertEquals("roadshow: unknown command 'valdate'; did you mean validate?\n", r.err());
        assertTrue(launch(Map.of("DISPLAY", ":0"), "exprot-ics").err().contains("did you mean export-ics?"));
        assertTrue(launch(Map.of("DISPLAY", ":0"), "chek").err().contains("did you mean check?"));
        Result far = launch(Map.of("DISPLAY", ":0"), "frobnicate");
        assertEquals(2, far.exit());
        assertTrue(far.err().startsWith("roadshow: unknown command 'frobnicate'; the commands are validate, info,"),
                far.err());
        assertEquals(2, run("valdate").exit(), "picocli, reached with the word, says the same");
        assertEquals("roadshow: unknown command 'valdate'; did you mean validate?\n", run("valdate").err());
    }

    @Test
    void aFileOpensTheWindowAndWithoutADisplaySaysSoInOneLine() {
        assertEquals(-1, launch(Map.of("DISPLAY", ":0"), project.toString()).exit(), "the window opens");
        assertEquals(-1, launch(Map.of("WAYLAND_DISPLAY", "wayland-0")).exit(), "no file: the sample opens");
        Result none = launch(Map.of(), project.toString());
        assertEquals(2, none.exit());
        assertEquals(1, none.err().lines().count(), none.err());
        assertTrue(none.err().startsWith("roadshow: cannot open the window: there is no display"), none.err());
        Properties monocle = new Properties();
        monocle.setProperty("os.name", "Linux");
        monocle.setProperty("glass.platform", "Monocle");
        assertFalse(Launcher.noDisplay(Map.of(), monocle), "Monocle needs no display");
    }

    @Test
    void helpShowsTheFileThatOpensTheWindowAndValidateTakesSeveralFiles() {
        Result help = run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().startsWith("Usage: roadshow [-hV] [FILE] [COMMAND]"), help.out());
        assertTrue(help.out().contains("a .roadshow project to open in the window"), help.out());
        Result validate = run("validate", "--help");
        assertTrue(validate.out().startsWith("Usage: roadshow validate [-hV] FILE..."), validate.out());
        assertTrue(validate.out().contains("Check one or more Roadshow project files"), validate.out());
    }

    /** Each command that takes a trip, with an unknown one. */
    static Stream<List<String>> unknownTrip() {
        return Stream.of(List.of("check", "--trip", "Mars"), List.of("checklist", "--trip", "Mars"),
                List.of("agenda", "--person", "Zoë", "--trip", "Mars"),
                List.of("export-ics", "--trip", "Mars", "-o", "out.ics"),
                List.of("import", "schedule.xml", "--trip", "Mars"), List.of("update", "--trip", "Mars"),
                List.of("roster", "--booth", "Mars"));
    }

    @ParameterizedTest
    @MethodSource("unknownTrip")
    void anUnknownNameIsBadUsageInEveryCommand(List<String> args) throws Exception {
        byte[] before = Files.readAllBytes(project);
        List<String> all = new ArrayList<>(args);
        all.add(1, project.toString());
        Result r = run(all.toArray(String[]::new));
        assertEquals(2, r.exit(), r.err());
        String what = args.get(0).equals("roster") ? "booth" : "trip";
        assertEquals("roadshow " + args.get(0) + ": " + project + ": there is no " + what + " called \"Mars\"",
                r.err().lines().findFirst().orElse("").replaceFirst("; the project has .*", ""));
        assertArrayEquals(before, Files.readAllBytes(project));
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "checklist", "agenda", "export-ics"})
    void aUniquePrefixInAnyCaseNamesTheTripEverywhere(String command) {
        List<String> args = new ArrayList<>(List.of(command, project.toString(), "--trip", "scale 6X"));
        if (command.equals("agenda")) {
            args.addAll(List.of("--person", "kirill"));
        } else if (command.equals("export-ics")) {
            args.addAll(List.of("-o", dir.resolve("scale.ics").toString()));
        }
        Result r = run(args.toArray(String[]::new));
        assertTrue(r.exit() <= 1, r.err());
        assertEquals("", r.err().replaceAll("(?m)^  (error|warning).*\n", ""), "no complaint about the name");
    }

    @Test
    void aDamagedFilesErrorSaysItsBackupReadsCleanly() throws Exception {
        ProjectFile.save(SampleProjectBuilder.build().withName("Second save"), project); // the first save is the .bak
        String whole = Files.readString(project);
        Files.writeString(project, whole.substring(0, whole.length() / 2));
        Result validate = run("validate", project.toString());
        assertEquals(1, validate.exit());
        List<String> lines = validate.err().lines().toList();
        assertTrue(lines.get(0).startsWith(project + ", line "), lines.get(0));
        assertTrue(lines.get(0).endsWith(": the file ends early; it looks cut off"), lines.get(0));
        assertTrue(lines.get(1).startsWith("  A backup reads cleanly: " + project + ".bak (the file as it was before"
                + " its last save, "), lines.get(1));
        Result check = run("check", project.toString());
        assertEquals(1, check.exit());
        assertTrue(check.err().contains("A backup reads cleanly"), check.err());

        Files.writeString(Path.of(project + ".bak"), "{");
        assertEquals(1, run("validate", project.toString()).err().lines().count(), "a broken backup is not offered");
    }

    @Test
    void aFileFromANewerRoadshowTellsACommandLineUserWhatToDo() throws Exception {
        Files.writeString(project, Files.readString(project).replace("\"formatVersion\": 1", "\"formatVersion\": 2"));
        byte[] before = Files.readAllBytes(project);
        Path fosdem = schedule("fosdem_2021.xml");
        Result r = run("import", project.toString(), fosdem.toString(), "--trip", "FOSDEM", "--force");
        assertEquals(1, r.exit());
        assertFalse(r.err().contains("Save As"), r.err());
        assertTrue(r.err().contains("nothing was changed: the file was written by a newer Roadshow (file format 2;"
                + " this version writes format 1)"), r.err());
        assertTrue(r.err().contains("Run this command with the newer Roadshow"), r.err());
        assertEquals(1, run("roster", project.toString(), "--booth", "Xen", "--fill").exit());
        assertArrayEquals(before, Files.readAllBytes(project));
    }

    @Test
    void importSaysWhatItImportedOnlyOnceSaved() throws Exception {
        Path lca = schedule("linux_conf_au_2020.ics");
        project.toFile().setReadOnly();
        Result failed = run("import", project.toString(), lca.toString(), "--trip", "FOSDEM", "--force");
        assertEquals(1, failed.exit());
        assertFalse(failed.out().contains("imported"), failed.out());
        assertFalse(failed.out().contains("Imported"), failed.out());
        assertTrue(failed.err().contains("not saved") && failed.err().contains("Nothing was changed."), failed.err());

        project.toFile().setWritable(true);
        Result saved = run("import", project.toString(), lca.toString(), "--trip", "FOSDEM", "--force");
        assertEquals(0, saved.exit(), saved.err());
        assertTrue(saved.out().contains("\" into trip \"FOSDEM 2017\":\n  262 sessions imported."), saved.out());
        assertTrue(saved.out().contains("\nImported programme \""), saved.out());
        assertTrue(saved.out().endsWith("Saved " + project + ".\n"), saved.out());
    }

    private Path schedule(String name) throws Exception {
        Path target = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/schedules/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }
}
