package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM that {@code mvn javafx:run} starts, as the build leaves it: {@code target/runtime/bin/java} (the
 * runtime linked with JavaFX, else a link to the JDK) with the argument file {@code target/javafx-run.args}.
 */
class JavafxRunRuntimeIT {
    static final Path RUNTIME = Path.of("target/runtime").toAbsolutePath();
    static final Path ARGS = Path.of("target/javafx-run.args").toAbsolutePath();

    @TempDir
    Path elsewhere;

    private RunnableJarIT.Run run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(RUNTIME.resolve("bin").resolve("java").toString()));
        cmd.addAll(List.of(args));
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).directory(elsewhere.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
        return new RunnableJarIT.Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theArgumentFileStartsRoadshowQuietlyAsThePluginDoes() throws Exception {
        // the plugin's own main class follows the file's (MavenRun), then the user's arguments
        RunnableJarIT.Run ok = run("@" + ARGS, Launcher.class.getName(), "validate", RunnableJarIT.SAMPLE.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertEquals(RunnableJarIT.SAMPLE + ": OK (2 trips, 39 items)" + System.lineSeparator(), ok.out());
        assertEquals("", ok.err(), "no warning from the JVM or JavaFX");
    }

    @Test
    void theLinkedRuntimeHoldsJavaFxAsSystemModulesWithItsNativeLibraries() throws Exception {
        assumeTrue(Files.isRegularFile(RUNTIME.resolve("release")) && !Files.isSymbolicLink(RUNTIME),
                "this JDK could not link a runtime; target/runtime is the JDK");
        RunnableJarIT.Run modules = run("--list-modules");
        assertTrue(modules.out().contains("javafx.controls@"), modules.out());
        assertTrue(Files.readAllLines(ARGS).stream().noneMatch(l -> l.contains("--module-path")),
                "JavaFX comes from the runtime, so the JVM keeps its archived module graph");
        String os = System.getProperty("os.name").toLowerCase();
        Path libs = RUNTIME.resolve(os.contains("win") ? "bin" : "lib");
        assertTrue(Files.isRegularFile(libs.resolve(System.mapLibraryName("glass"))), "JavaFX's native code in " + libs);
    }
}
