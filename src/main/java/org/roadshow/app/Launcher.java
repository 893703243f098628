package org.roadshow.app;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Application;

/**
 * The plain entry point. A subcommand ({@code validate}, {@code info}, ...) runs the command line without
 * starting JavaFX; anything else opens the window, with an optional project file. It is a plain class
 * so that the app runs from the class path (starting the Application class directly there fails).
 */
public final class Launcher {
    /** Held here: java.util.logging keeps its loggers only as long as someone does. */
    private static Logger javafxLog;

    private Launcher() {
    }

    public static void main(String[] args) {
        StartupProbe.step("main");
        if (args.length > 0 && !args[0].endsWith(".roadshow") && Cli.isCommand(args[0])) {
            AppLog.install();
            System.exit(Cli.run(args));
        }
        AppLog.installInBackground();
        // the project is read while the toolkit starts
        RoadshowApp.beginStartupLoad(files(args));
        if (!Application.class.getModule().isNamed()) {
            hideClassPathWarning();
        }
        RoadshowApp.start(args);
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
