package org.roadshow.app;

import java.util.Arrays;

/**
 * The main class of the JVM that {@code mvn javafx:run} starts. The javafx-maven-plugin (0.0.8) always puts
 * {@code target/classes}, a folder, first on the class path, and the JVM's class-data sharing refuses a
 * class path that starts with a non-empty folder. So the plugin's options (pom.xml) name the argument file
 * the build writes ({@link ClassDataArchive}): the archive, JavaFX on the module path, the packaged jar as
 * the class path and this class. The plugin's own {@code --module-path}, {@code --add-modules},
 * {@code -classpath} and main class then follow this class's name on the command line, and arrive here as
 * arguments: they are dropped, and what follows them goes to {@link Launcher}.
 */
public final class MavenRun {
    private MavenRun() {
    }

    public static void main(String[] args) {
        Launcher.main(programArguments(args));
    }

    /** The arguments after the plugin's options (each with its value) and its main class. */
    static String[] programArguments(String[] args) {
        int i = 0;
        while (i < args.length && args[i].startsWith("-")) {
            i += 2;
        }
        return Arrays.copyOfRange(args, Math.min(i + 1, args.length), args.length);
    }
}
