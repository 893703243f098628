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

/** {@code roadshow validate FILE...}: reads each project file as the app would and says what is wrong. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check Roadshow project files: prints FILE: OK, or what is wrong and where (line, column).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is a valid project", "1:a file is not valid or cannot be read",
            "2:wrong usage (no file given, unknown option)"})
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "a .roadshow project file")
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
                exit = 1;
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
