package org.roadshow.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Application;

/**
 * The plain entry point. A subcommand ({@code validate}, {@code info}, ...) runs the command line without
 * starting JavaFX; a mistyped one gets a suggestion; anything else opens the window, with an optional project
 * file, or says in one line that there is no display. It is a plain class
 * so that the app runs from the class path (starting the Application class directly there fails).
 */
public final class Launcher {
    /** Held here: java.util.logging keeps its loggers only as long as someone does. */
    private static Logger javafxLog;

    private Launcher() {
    }

    public static void main(String[] args) {
        StartupProbe.step("main");
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        OptionalInt exit = commandLine(args, err, System.getenv(), System.getProperties());
        if (exit.isPresent()) {
            System.exit(exit.getAsInt());
        }
        AppLog.installInBackground();
        // the project is read while the toolkit starts
        RoadshowApp.beginStartupLoad(files(args));
        if (!Application.class.getModule().isNamed()) {
            hideClassPathWarning();
        }
        try {
            RoadshowApp.start(args);
        } catch (RuntimeException e) {
            if (!displayRefused(e)) {
                throw e;
            }
            err.println("roadshow: cannot open the window: the display " + System.getenv("DISPLAY") + " does not answer;"
                    + " run a command instead (roadshow --help lists them)");
            System.exit(CommandRun.USAGE);
        }
    }

    /**
     * What the arguments ask before any window: the exit code of a command (run here), of a mistyped command or of
     * a missing display (each said in one line on {@code err}); empty when the window is to open.
     */
    static OptionalInt commandLine(String[] args, PrintWriter err, Map<String, String> env, Properties system) {
        if (args.length > 0 && !args[0].endsWith(".roadshow")) {
            if (Cli.isCommand(args[0])) {
                AppLog.install();
                return OptionalInt.of(Cli.run(args));
            }
            if (Cli.looksLikeCommand(args[0])) {
                err.println(Cli.unknownCommand(args[0]));
                return OptionalInt.of(CommandRun.USAGE);
            }
        }
        if (noDisplay(env, system)) {
            err.println("roadshow: cannot open the window: there is no display (DISPLAY is not set); run a command"
                    + " instead, such as roadshow validate FILE (roadshow --help lists them)");
            return OptionalInt.of(CommandRun.USAGE);
        }
        return OptionalInt.empty();
    }

    /** On Linux and other X11/Wayland systems, no display to open a window on (Monocle, for tests, needs none). */
    static boolean noDisplay(Map<String, String> env, Properties system) {
        String os = system.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || system.getProperty("glass.platform") != null) {
            return false;
        }
        return env.getOrDefault("DISPLAY", "").isBlank() && env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }

    /** GTK's "Unable to open DISPLAY", somewhere in the launch failure's causes. */
    private static boolean displayRefused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedOperationException && String.valueOf(t.getMessage()).contains("DISPLAY")) {
                return true;
            }
        }
        return false;
    }

    /** The arguments JavaFX will call unnamed: all but {@code --name=value} (a name starts with a letter or _). */
    static List<String> files(String[] args) {
        List<String> files = new ArrayList<>();
        for (String arg : args) {
            boolean named = arg.startsWith("--") && arg.indexOf('=') > 2
                    && (Character.isLetter(arg.charAt(2)) || arg.charAt(2) == '_');
            if (!named) {
                files.add(arg);
            }
        }
        return files;
    }

    /**
     * {@code java -jar} has JavaFX on the class path, as a jar's manifest can name a class path but no module
     * path, and JavaFX then logs "Unsupported JavaFX configuration" on every start (JDK-8256362): a warning
     * about the set-up, not the app, which a user can do nothing about. {@code mvn javafx:run} puts JavaFX
     * on the module path and never gets here. This filter drops that one message and lets every other
     * JavaFX message through.
     */
    private static void hideClassPathWarning() {
        javafxLog = Logger.getLogger("javafx");
        javafxLog.setFilter(new Filter() {
            @Override
            public boolean isLoggable(LogRecord r) {
                return r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration");
            }
        });
    }
}
