package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application as a user runs it: {@code java -jar target/roadshow.jar ...}, from another
 * folder, with its libraries in target/lib (run by failsafe after {@code package}).
 */
class RunnableJarIT {
    static final Path JAR = Path.of("target/roadshow.jar").toAbsolutePath();
    static final Path SAMPLE = Path.of("assets/samples/roadshow-sample.roadshow").toAbsolutePath();

    @TempDir
    Path elsewhere;

    record Run(int exit, String out, String err) {
    }

    private Run java(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).directory(elsewhere.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarFindsItsLibrariesIncludingJavaFxForThisPlatform() throws Exception {
        List<String> libs;
        try (var files = Files.list(JAR.resolveSibling("lib"))) {
            libs = files.map(f -> f.getFileName().toString()).toList();
        }
        String os = System.getProperty("os.name").toLowerCase();
        String classifier = os.contains("win") ? "-win" : os.contains("mac") ? "-mac" : "-linux";
        assertTrue(libs.stream().anyMatch(n -> n.startsWith("javafx-graphics-") && n.contains(classifier)),
                libs.toString());
        assertTrue(libs.stream().anyMatch(n -> n.startsWith("jackson-databind-")), libs.toString());
    }

    @Test
    void validateAndInfoRunFromTheJar() throws Exception {
        Run ok = java("validate", SAMPLE.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertEquals(SAMPLE + ": OK (2 trips, 39 items)" + System.lineSeparator(), ok.out());
        Path bad = Files.writeString(elsewhere.resolve("bad.roadshow"), "{\"formatVersion\": 1, \"name\": 3}");
        Run invalid = java("validate", bad.toString());
        assertEquals(1, invalid.exit());
        assertTrue(invalid.err().startsWith(bad + ", line 1, column 30: name: expected text"), invalid.err());
        assertEquals(2, java("validate").exit());
        Run info = java("info", SAMPLE.toString(), "--json");
        assertEquals(0, info.exit(), info.err());
        JsonNode json = new ObjectMapper().readTree(info.out());
        assertEquals("Zoë Müller", json.at("/people/2/name").asText(), "UTF-8 whatever the locale");
        assertEquals(2, json.get("trips").size());
    }
}
