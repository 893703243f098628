package org.roadshow.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.roadshow.io.fetch.Cancellation;
import org.roadshow.io.fetch.FetchException;
import org.roadshow.io.fetch.FetchProgress;
import org.roadshow.io.fetch.ProgrammeDownload;
import org.roadshow.io.programme.ProgrammeImportException;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.ProgrammeImportPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code roadshow update PROJECT --trip NAME}: asks the web address a programme was imported from whether it
 * changed (If-None-Match / If-Modified-Since); prints "no change", or the change report and saves the update.
 */
@Command(name = "update", mixinStandardHelpOptions = true,
        description = "Update a programme imported from a web address: fetch it again if it changed, report what "
            + "moved, changed room, was renamed or cancelled among starred or linked sessions, and save.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:updated, or no change",
            "1:nothing changed: the project or programme could not be read or saved, or the programme's days are far "
                + "from the trip's (see --force)",
            "2:wrong arguments (an unknown trip or programme, or a trip with no programme from a web address)"})
public final class UpdateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "the .roadshow project file")
    Path projectFile;

    @Option(names = "--trip", required = true, paramLabel = "NAME", description = "the trip whose programme to update")
    String tripName;

    @Option(names = "--programme", paramLabel = "NAME",
            description = "which programme, when the trip has several from web addresses")
    String programmeName;

    @Option(names = "--force", description = "update even when the new days are more than "
            + ProgrammeImportPlan.FAR_DAYS + " days from the trip's")
    boolean force;

    @Option(names = "--update-conference", description = "change the trip's conference to what the programme says")
    boolean updateConference;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "how long to wait for the server to answer (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--dry-run", description = "show what would change without saving")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(new ProgrammeSteps("update", out, err), out);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(ProgrammeSteps steps, PrintWriter out) {
        if (timeoutSeconds < 1) {
            return steps.fail(ProgrammeSteps.USAGE, "--timeout wants a number of seconds, 1 or more");
        }
        Optional<Project> loaded = steps.load(projectFile);
        if (loaded.isEmpty()) {
            return ProgrammeSteps.FAILED;
        }
        Project project = loaded.get();
        Trip trip;
        Programme held;
        try {
            trip = NameLookup.find("trip", tripName, project.trips(), Trip::name);
            held = programme(trip);
        } catch (IllegalArgumentException e) {
            return steps.fail(ProgrammeSteps.USAGE, projectFile + ": " + e.getMessage());
        }
        ProgrammeDownload.Outcome outcome;
        try {
            outcome = ProgrammeDownload.update(ProgrammeSteps.fetcher(timeoutSeconds), held.feed(), FetchProgress.NONE,
                    new Cancellation());
        } catch (FetchException | ProgrammeImportException e) {
            return steps.fail(ProgrammeSteps.FAILED, e.getMessage() + "\nNothing was changed.");
        }
        if (outcome instanceof ProgrammeDownload.Unchanged) {
            out.println("\"" + held.name() + "\": no change since " + ProgrammeDownload.since(held, ZoneId.systemDefault()) + " (" + held.feed().url() + ").");
            return ProgrammeSteps.OK;
        }
        ProgrammeDownload.Changed got = (ProgrammeDownload.Changed) outcome;
        ZoneId zone = steps.zone(got.parsed(), null, held.zone());
        Programme fresh = steps.programme(got.parsed(), zone, got.feed());
        ProgrammeImportPlan plan = ProgrammeImportPlan.prepare(project, trip.id(), fresh, held.id(), got.parsed().city(),
                got.parsed().venue(), got.parsed().statedZone() != null);
        return steps.finish(projectFile, project, trip, plan, force, updateConference, dryRun);
    }

    /** The trip's programme from a web address: the one named, else the only one. */
    private Programme programme(Trip trip) {
        List<Programme> fromWeb = trip.programmes().stream().filter(p -> p.feed().hasUrl()).toList();
        if (fromWeb.isEmpty()) {
            throw new IllegalArgumentException("trip \"" + trip.name() + "\" has no programme imported from a web address;"
                    + " import one with: roadshow import " + projectFile + " URL --trip \"" + trip.name() + "\"");
        }
        if (programmeName != null) {
            return NameLookup.find("programme", programmeName, fromWeb, Programme::name);
        }
        if (fromWeb.size() > 1) {
            throw new IllegalArgumentException("trip \"" + trip.name() + "\" has several programmes from web addresses; "
                    + "say which with --programme NAME: " + String.join(", ", fromWeb.stream()
                            .map(p -> "\"" + p.name() + "\"").toList()));
        }
        return fromWeb.get(0);
    }
}
