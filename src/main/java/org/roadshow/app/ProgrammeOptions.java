package org.roadshow.app;

import java.nio.file.Path;
import org.roadshow.plan.ProgrammeImportPlan;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The project and options {@code import} and {@code update} share (a picocli mixin). */
final class ProgrammeOptions {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "the .roadshow project file")
    Path projectFile;

    @Option(names = "--force", description = "go ahead even when the programme's days are more than "
            + ProgrammeImportPlan.FAR_DAYS + " days from the trip's")
    boolean force;

    @Option(names = "--update-conference", description = "change the trip's conference (name, days, city, venue, zone)"
            + " to what the programme says")
    boolean updateConference;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "how long to wait for a web address to answer (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--dry-run", description = "show what would change without saving")
    boolean dryRun;

    /** Stops with a usage error when the options do not make sense together. */
    void check(CommandRun run) {
        if (timeoutSeconds < 1) {
            throw run.stop(CommandRun.USAGE, "--timeout wants a number of seconds, 1 or more");
        }
    }
}
