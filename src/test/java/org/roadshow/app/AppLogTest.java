package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file a user attaches to a bug report: where it is, what a line holds, rotation, and no file no stop. */
class AppLogTest {
    @TempDir
    Path state;

    private final Thread.UncaughtExceptionHandler defaultHandler = Thread.getDefaultUncaughtExceptionHandler();

    @AfterEach
    void restoreLogging() throws Exception {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.close();
        }
        LogManager.getLogManager().readConfiguration(); // the JDK's console handler again
        Thread.setDefaultUncaughtExceptionHandler(defaultHandler);
    }

    @Test
    void theFolderFollowsXdgStateHomeAndFallsBackToLocalState() {
        assertEquals(Path.of("/x/state/roadshow"), AppLog.folder(Map.of("XDG_STATE_HOME", "/x/state"), "/home/zoe"));
        assertEquals(Path.of("/home/zoe/.local/state/roadshow"), AppLog.folder(Map.of(), "/home/zoe"));
        assertEquals(Path.of("/home/zoe/.local/state/roadshow"), AppLog.folder(Map.of("XDG_STATE_HOME", ""), "/home/zoe"));
        assertEquals(Path.of("/home/zoe/.local/state/roadshow"),
                AppLog.folder(Map.of("XDG_STATE_HOME", "relative/state"), "/home/zoe"), "the spec ignores a relative path");
    }

    @Test
    void aLoggedExceptionIsWrittenWithItsLevelLoggerAndStackTrace() throws Exception {
        Path folder = AppLog.folder(Map.of("XDG_STATE_HOME", state.toString()), "/nowhere");
        Path file = AppLog.install(folder, AppLog.LIMIT_BYTES, AppLog.FILES).orElseThrow();
        assertEquals(folder.resolve("roadshow.0.log"), file);

        Logger.getLogger("org.roadshow.io.ical.IcsExport").log(Level.WARNING, "Could not export",
                new IllegalStateException("disk full"));
        flush();
        String log = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(log.contains("INFO org.roadshow: Roadshow " + org.roadshow.Version.number()), log);
        assertTrue(log.matches("(?s).*\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARNING "
                + "org\\.roadshow\\.io\\.ical\\.IcsExport: Could not export\\R"
                + "java\\.lang\\.IllegalStateException: disk full\\R\\s+at org\\.roadshow\\.app\\.AppLogTest\\..*"), log);
    }

    @Test
    void slf4jCallsLikeIcal4jsLandInTheSameFile() throws Exception {
        Path file = AppLog.install(state, AppLog.LIMIT_BYTES, AppLog.FILES).orElseThrow();
        org.slf4j.LoggerFactory.getLogger("net.fortuna.ical4j.test").warn("through SLF4J");
        flush();
        assertTrue(Files.readString(file).contains("WARNING net.fortuna.ical4j.test: through SLF4J"));
    }

    @Test
    void uncaughtExceptionsAreLoggedAndStillReachTheHandlerBefore() throws Exception {
        // the handler before is this test's own, not the one TestFX installs to fail the next UI test
        java.util.List<Throwable> before = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> before.add(e));
        Path file = AppLog.install(state, AppLog.LIMIT_BYTES, AppLog.FILES).orElseThrow();
        Thread t = new Thread(() -> {
            throw new IllegalArgumentException("nobody caught me");
        }, "test-worker");
        t.start();
        t.join();
        flush();
        String log = Files.readString(file);
        assertTrue(log.contains("SEVERE org.roadshow: Uncaught exception in thread test-worker"), log);
        assertTrue(log.contains("java.lang.IllegalArgumentException: nobody caught me"), log);
        assertEquals(1, before.size());
    }

    @Test
    void aFullFileRotatesIntoAtMostTheConfiguredNumberOfFiles() throws Exception {
        AppLog.install(state, 2_000, 3).orElseThrow();
        Logger log = Logger.getLogger("org.roadshow.test");
        for (int i = 0; i < 100; i++) {
            log.info("line " + i + " " + "x".repeat(100));
        }
        flush();
        try (var files = Files.list(state)) {
            assertEquals(java.util.List.of("roadshow.0.log", "roadshow.1.log", "roadshow.2.log"), files
                    .map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".log")).sorted().toList());
        }
        assertTrue(Files.size(state.resolve("roadshow.0.log")) <= 2_000);
        assertTrue(Files.readString(state.resolve("roadshow.0.log")).contains("line 99 "), "the newest is .0");
    }

    @Test
    void aFolderThatCannotBeMadeLeavesTheAppWithoutALogFile() throws Exception {
        Path notAFolder = Files.writeString(state.resolve("plain-file"), "");
        assertEquals(Optional.empty(), AppLog.install(notAFolder.resolve("roadshow"), AppLog.LIMIT_BYTES, AppLog.FILES));
        Logger.getLogger("org.roadshow.test").warning("still fine"); // no exception
    }

    private static void flush() {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.flush();
        }
    }
}
