package org.roadshow.app;

/**
 * The plain entry point. A subcommand ({@code validate}, {@code info}, ...) runs the command line without
 * starting JavaFX; anything else opens the window, with an optional project file. It is a plain class
 * so that the app runs from the class path (starting the Application class directly there fails).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(Cli.run(args));
        }
        RoadshowApp.start(args);
    }
}
