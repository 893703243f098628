package org.roadshow.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.roadshow.io.project.LoadedProject;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.io.project.ProjectFileException;
import org.roadshow.plan.ProjectSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code roadshow validate FILE...}: reads each project file as the app would and says what is wrong, and whether a
 * backup beside a damaged file reads cleanly.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check one or more Roadshow project files, each as the app would read it: prints \"FILE: OK\" "
                + "with its counts, or what is wrong and where (line, column), and whether the backup beside a damaged "
                + "file (FILE.bak, kept by every save) reads cleanly.",
            "Example: roadshow validate trips.roadshow archive/*.roadshow"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is a valid project", "1:a file is not valid or cannot be read",
            "2:wrong usage (no file given, unknown option)"})
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the .roadshow project files to check")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = 0;
        for (Path file : files) {
            try {
                LoadedProject loaded = ProjectFile.load(file);
                ProjectSummary summary = ProjectSummary.of(loaded.project());
                out.println(file + ": OK (" + count(summary.trips().size(), "trip") + ", "
                        + count(summary.itemCount(), "item") + ")"
                        + (loaded.readOnly() ? "; written by a newer Roadshow (format " + loaded.formatVersion()
                                + "), so it opens read-only" : ""));
            } catch (ProjectFileException e) {
                err.println(e.getMessage());
                CommandRun.backupNote(e).ifPresent(err::println);
                exit = CommandRun.FAILED;
            }
        }
        out.flush();
        err.flush();
        return exit;
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
