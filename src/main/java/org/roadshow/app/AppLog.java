package org.roadshow.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log a user can attach to a bug report: java.util.logging (ical4j's SLF4J calls too, through
 * slf4j-jdk14) into {@code $XDG_STATE_HOME/roadshow/roadshow.0.log}, rotated at 1 MB over three files
 * ({@code roadshow.0.log} is the newest). Uncaught exceptions, the FX thread's included, are logged there as
 * well. A folder that cannot be written leaves the app running without a log file.
 */
public final class AppLog {
    static final int LIMIT_BYTES = 1_000_000;
    static final int FILES = 3;
    static final String PATTERN = "roadshow.%g.log";

    private static final Logger LOG = Logger.getLogger("org.roadshow");
    private static volatile Path file;

    private AppLog() {
    }

    /** Sets the log up off the caller's thread, so that the window does not wait for it. */
    static void installInBackground() {
        CompletableFuture.runAsync(AppLog::install);
    }

    /** Sets the log up in the user's state folder (see {@link #folder}). */
    static synchronized void install() {
        if (file == null) {
            install(folder(), LIMIT_BYTES, FILES);
        }
    }

    /** Where this user's log files are written. */
    static Path folder() {
        return folder(System.getenv(), System.getProperty("user.home", "."));
    }

    /**
     * Sends every log record (and uncaught exception) to rotating files in {@code folder} instead of the
     * console. Returns the newest file, or empty when the folder cannot be written.
     */
    static synchronized Optional<Path> install(Path folder, int limitBytes, int files) {
        Logger root = Logger.getLogger("");
        Handler handler;
        try {
            Files.createDirectories(folder);
            handler = new FileHandler(folder.resolve(PATTERN).toString(), limitBytes, files, true);
        } catch (IOException | RuntimeException e) {
            // no log file is no reason to stop; the JDK's console handler stays, so nothing is lost silently
            LOG.log(Level.INFO, "No log file in " + folder, e);
            return Optional.empty();
        }
        handler.setFormatter(new PlainFormat());
        handler.setLevel(Level.ALL);
        for (Handler old : root.getHandlers()) {
            root.removeHandler(old); // the console handler: the command line prints only its own output
            old.close();
        }
        root.addHandler(handler);
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            LOG.log(Level.SEVERE, "Uncaught exception in thread " + thread.getName(), e);
            if (previous != null) {
                previous.uncaughtException(thread, e);
            } else {
                e.printStackTrace(); // what the JVM does without a handler
            }
        });
        file = folder.resolve(PATTERN.replace("%g", "0"));
        LOG.info(() -> org.roadshow.Version.text() + " on Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return Optional.of(file);
    }

    /** The newest log file, once the log is set up. */
    static Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** {@code $XDG_STATE_HOME/roadshow}, or {@code ~/.local/state/roadshow} where it is unset or not absolute. */
    static Path folder(Map<String, String> env, String home) {
        String state = env.get("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() && Path.of(state).isAbsolute()
                ? Path.of(state) : Path.of(home, ".local", "state");
        return base.resolve("roadshow");
    }

    /** One line per record: time, level, logger and message; then the stack trace, if any. */
    static final class PlainFormat extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder()
                    .append(TIME.format(Instant.ofEpochMilli(r.getMillis()).atZone(ZoneId.systemDefault())))
                    .append(' ').append(r.getLevel().getName())
                    .append(' ').append(r.getLoggerName())
                    .append(": ").append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                b.append(trace);
            }
            return b.toString();
        }
    }
}
