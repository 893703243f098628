package org.roadshow.app;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain entry point. A subcommand ({@code validate}, {@code info}, ...) runs the command line without
 * starting JavaFX; anything else opens the window, with an optional project file. It is a plain class
 * so that the app runs from the class path (starting the Application class directly there fails).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].endsWith(".roadshow") && Cli.isCommand(args[0])) {
            AppLog.install();
            System.exit(Cli.run(args));
        }
        AppLog.installInBackground();
        // the project is read while the toolkit starts
        RoadshowApp.beginStartupLoad(files(args));
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
}
