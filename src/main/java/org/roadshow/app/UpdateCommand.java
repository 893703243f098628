package org.roadshow.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
    @Mixin
    ProgrammeOptions options;

    @Option(names = "--trip", required = true, paramLabel = "NAME", description = "the trip whose programme to update")
    String tripName;

    @Option(names = "--programme", paramLabel = "NAME",
            description = "which programme, when the trip has several from web addresses")
    String programmeName;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandRun run = new CommandRun("update", spec);
        try {
            return run(run, new ProgrammeSteps(run));
        } catch (CommandRun.Stop stop) {
            return run.exit(stop);
        } finally {
            run.flush();
        }
    }

    private int run(CommandRun run, ProgrammeSteps steps) {
        options.check(run);
        Path projectFile = options.projectFile;
        Project project = run.loadForSaving(projectFile);
        Trip trip = run.trip(projectFile, project, tripName);
        Programme held = programme(run, trip);
        ProgrammeDownload.Outcome outcome;
        try {
            outcome = ProgrammeDownload.update(ProgrammeSteps.fetcher(options.timeoutSeconds), held.feed(),
                    FetchProgress.NONE, new Cancellation());
        } catch (FetchException | ProgrammeImportException e) {
            return run.fail(CommandRun.FAILED, e.getMessage() + "\nNothing was changed.");
        }
        if (outcome instanceof ProgrammeDownload.Unchanged) {
            run.out().println("\"" + held.name() + "\": no change since "
                    + ProgrammeDownload.since(held, ZoneId.systemDefault()) + " (" + held.feed().url() + ").");
            return CommandRun.OK;
        }
        ProgrammeDownload.Changed got = (ProgrammeDownload.Changed) outcome;
        ZoneId zone = steps.zone(got.parsed(), null, held.zone());
        Programme fresh = steps.programme(got.parsed(), zone, got.feed());
        ProgrammeImportPlan plan = ProgrammeImportPlan.prepare(project, trip.id(), fresh, held.id(), got.parsed().city(),
                got.parsed().venue(), got.parsed().statedZone() != null);
        return steps.finish(options, project, trip, plan);
    }

    /** The trip's programme from a web address: the one named, else the only one. */
    private Programme programme(CommandRun run, Trip trip) {
        Path projectFile = options.projectFile;
        List<Programme> fromWeb = trip.programmes().stream().filter(p -> p.feed().hasUrl()).toList();
        if (fromWeb.isEmpty()) {
            throw run.stop(CommandRun.USAGE, projectFile + ": trip \"" + trip.name() + "\" has no programme imported from a web address;"
                    + " import one with: roadshow import " + projectFile + " URL --trip \"" + trip.name() + "\"");
        }
        if (programmeName != null) {
            return run.find(projectFile, "programme", programmeName, fromWeb, Programme::name);
        }
        if (fromWeb.size() > 1) {
            throw run.stop(CommandRun.USAGE, projectFile + ": trip \"" + trip.name() + "\" has several programmes from web addresses; "
                    + "say which with --programme NAME: " + String.join(", ", fromWeb.stream()
                            .map(p -> "\"" + p.name() + "\"").toList()));
        }
        return fromWeb.get(0);
    }
}
