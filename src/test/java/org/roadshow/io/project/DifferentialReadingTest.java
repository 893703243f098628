package org.roadshow.io.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.roadshow.io.project.FileVariants.Variant;
import org.roadshow.io.project.oracle.OracleProjectFile;

/**
 * The databind reader against the hand-written jackson-core reader it replaced (kept in the tests as {@code
 * oracle}), on thousands of variants of real files: both must accept the same files, refuse the others with
 * the same message (file, line, column, path and words), read the same project, and save it to the same bytes,
 * which read and save again unchanged.
 */
class DifferentialReadingTest {
    private static final Path NAME = Path.of("variant.roadshow");

    /** Format 0 has "title" where format 1 has "name": one migration step, the same for both readers. */
    private static final Migrations FROM_ZERO = new Migrations(0, List.of(
            new Migrations.Step(0, root -> root.set("name", root.remove("title")))));
    private static final org.roadshow.io.project.oracle.Migrations ORACLE_FROM_ZERO =
            new org.roadshow.io.project.oracle.Migrations(0, List.of(
                    new org.roadshow.io.project.oracle.Migrations.Step(0, root -> root.set("name", root.remove("title")))));

    @Test
    void bothReadersGiveTheSameResultOnEveryVariant() throws Exception {
        String sample = sample();
        String fixtures = new String(ProjectFile.toBytes(ProjectFixtures.everything(ProjectFixtures.unknownEverywhere())),
                StandardCharsets.UTF_8);
        String kinds = ProjectFileReadingTest.KINDS;
        String small = MalformedFileTest.VALID;

        List<Variant> current = new ArrayList<>();
        current.addAll(FileVariants.of("sample", sample, 80));
        current.addAll(FileVariants.of("fixtures", fixtures, 32));
        current.addAll(FileVariants.of("kinds", kinds, 2));
        current.addAll(FileVariants.of("small", small, 2));
        current.addAll(FileVariants.of("newer", kinds.replace("\"formatVersion\": 1", "\"formatVersion\": 2"), 4));
        for (String base : List.of(sample, kinds, small)) {
            byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
            current.addAll(FileVariants.truncated("cut", bytes, base == sample ? 97 : 3));
            current.addAll(FileVariants.dropped("dropped", bytes, base == sample ? 50 : 2));
            current.addAll(FileVariants.around("around", base));
        }
        current.addAll(formatVersions(small));
        List<Variant> old = FileVariants.of("format 0",
                kinds.replace("\"formatVersion\": 1", "\"formatVersion\": 0").replace("\"name\": \"Kinds\"",
                        "\"title\": \"Kinds\""), 4);

        List<String> differences = new ArrayList<>();
        int[] accepted = new int[1];
        long start = System.nanoTime();
        for (Variant v : current) {
            compare(v, read(() -> ProjectFile.parse(v.content(), NAME)),
                    read(() -> OracleProjectFile.parse(v.content(), NAME)), differences, accepted);
        }
        for (Variant v : old) {
            compare(v, read(() -> ProjectFile.parse(v.content(), NAME, FROM_ZERO)),
                    read(() -> OracleProjectFile.parse(v.content(), NAME, ORACLE_FROM_ZERO)), differences, accepted);
        }
        int total = current.size() + old.size();
        System.out.printf("differential reading: %d variants, %d accepted by both, %d refused by both,"
                + " %d differences, %.1f s%n", total, accepted[0], total - accepted[0] - differences.size(),
                differences.size(), (System.nanoTime() - start) / 1e9);
        assertTrue(differences.isEmpty(), differences.size() + " of " + total + " variants read differently:\n"
                + String.join("\n", differences.subList(0, Math.min(12, differences.size()))));
        assertTrue(accepted[0] > 300 && total - accepted[0] > 3000, "both kinds are well covered: " + accepted[0]);
    }

    /** formatVersion of every kind and size, first and last. */
    private static List<Variant> formatVersions(String small) {
        List<Variant> out = new ArrayList<>();
        for (String value : List.of("0", "-1", "2", "99", "2147483647", "2147483648", "1.0", "\"1\"", "null", "true",
                "[1]", "{}", "01", "1e0")) {
            String text = small.replace("\"formatVersion\": 1", "\"formatVersion\": " + value);
            out.add(new Variant("formatVersion " + value, text.getBytes(StandardCharsets.UTF_8)));
            String last = small.replace("\"formatVersion\": 1,", "").replaceFirst("\\}\\s*$",
                    ", \"formatVersion\": " + value + "}\n");
            out.add(new Variant("formatVersion last " + value, last.getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    /** What reading gave: the project, or the error's class and message. */
    private record Outcome(LoadedProject loaded, String error) {
    }

    private interface Reading {
        LoadedProject read() throws Exception;
    }

    /**
     * The error as compared: the place and the problem, except that a syntax-level problem (cut off, not JSON, a
     * name written twice, a number too large, ...) counts as one kind: the reader says those in a user's words, which
     * MalformedFileTest checks, while the oracle keeps the parser's; the place must still agree.
     */
    private static String words(ProjectFileException e) {
        String problem = e.problem();
        boolean syntax = SYNTAX.stream().anyMatch(problem::contains);
        return e.place() + ": " + (syntax ? "(a syntax error)" : problem);
    }

    private static final List<String> SYNTAX = List.of("the file ends", "this is not valid JSON", "the file is damaged here",
            "a number here is too large", "\" is written twice", "the file is nested too deeply",
            "this is not a Roadshow project", "there is more content after", "git merge conflict");

    private static Outcome read(Reading reading) {
        try {
            return new Outcome(reading.read(), null);
        } catch (ProjectFileException e) {
            return new Outcome(null, words(e) + " [line " + e.line() + ", column " + e.column() + "]");
        } catch (Exception | StackOverflowError e) {
            return new Outcome(null, e.getClass().getName() + ": " + e.getMessage());
        }
    }

    private static void compare(Variant v, Outcome now, Outcome before, List<String> differences, int[] accepted)
            throws ProjectFileException {
        if (!Objects.equals(now.error(), before.error())) {
            differences.add(v + "\n    now:    " + (now.error() == null ? "accepted" : now.error())
                    + "\n    before: " + (before.error() == null ? "accepted" : before.error()));
            return;
        }
        if (now.loaded() == null) {
            return;
        }
        if (!now.loaded().equals(before.loaded())) {
            differences.add(v + ": a different project\n    now:    " + now.loaded() + "\n    before: " + before.loaded());
            return;
        }
        String savedNow = saved(now.loaded());
        String savedBefore = saved(before.loaded());
        if (!savedNow.equals(savedBefore)) {
            differences.add(v + ": saved differently\n    now:    " + savedNow + "\n    before: " + savedBefore);
            return;
        }
        if (savedNow.startsWith("{")) {
            byte[] bytes = savedNow.getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(bytes, ProjectFile.toBytes(ProjectFile.parse(bytes, null).project()),
                    v + ": a saved file reads and saves again byte for byte");
        }
        accepted[0]++;
    }

    /** The saved file as text, or why saving refused. */
    private static String saved(LoadedProject loaded) {
        try {
            return new String(ProjectFile.toBytes(loaded.project()), StandardCharsets.UTF_8);
        } catch (ProjectFileException e) {
            return "not saved: " + e.getMessage();
        }
    }

    private static String sample() throws IOException {
        try (InputStream in = SampleProjects.class.getResourceAsStream(SampleProjects.RESOURCE)) {
            return new String(Objects.requireNonNull(in, "the sample").readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
