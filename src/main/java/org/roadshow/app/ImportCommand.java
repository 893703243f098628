package org.roadshow.app;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.roadshow.io.fetch.Cancellation;
import org.roadshow.io.fetch.FetchException;
import org.roadshow.io.fetch.FetchProgress;
import org.roadshow.io.fetch.FetchRequest;
import org.roadshow.io.fetch.ProgrammeDownload;
import org.roadshow.io.programme.ParsedProgramme;
import org.roadshow.io.programme.ProgrammeImport;
import org.roadshow.io.programme.ProgrammeImportException;
import org.roadshow.model.Programme;
import org.roadshow.model.ProgrammeFeed;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.ProgrammeImportPlan;
import org.roadshow.plan.ProgrammeUpdate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code roadshow import PROJECT FILE-OR-URL [--trip NAME]}: imports a conference programme from a file or a
 * web address into a trip, or updates the one imported before (stars and links kept); prints what changed for
 * starred and linked sessions; creates the trip's conference from the programme when it has none; refuses a
 * programme far from the trip's days without --force; saves the project atomically, and says so only then.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a conference programme (Pentabarf/frab XML, frab/pretalx JSON or iCalendar) from a file "
            + "or an http(s) address into a trip, or update the one imported before: stars and links are kept, and "
            + "changes to starred or linked sessions are reported.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:imported (or nothing to do)",
            "1:nothing changed: the project or programme could not be read or saved, or the programme's days are far "
                + "from the trip's (see --force)",
            "2:wrong arguments (an unknown trip, a bad zone or address)"})
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    ProgrammeOptions options;

    @Parameters(index = "1", paramLabel = "PROGRAMME", description = "the programme file, or its http(s):// address")
    String source;

    @Option(names = "--trip", paramLabel = "NAME", description = "the trip to import into; when left out: the trip "
            + "that already holds this programme, else the only trip, else a new trip named after the programme")
    String tripName;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "the IANA time zone of the programme's times when the file does not say (e.g. Europe/Brussels)")
    String zoneName;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandRun run = new CommandRun("import", spec);
        try {
            return run(run, new ProgrammeSteps(run));
        } catch (CommandRun.Stop stop) {
            return run.exit(stop);
        } finally {
            run.flush();
        }
    }

    private int run(CommandRun run, ProgrammeSteps steps) {
        ZoneId asked = null;
        if (zoneName != null) {
            try {
                asked = ZoneId.of(zoneName.strip());
            } catch (DateTimeException e) {
                return run.fail(CommandRun.USAGE, "\"" + zoneName + "\" is not a time zone; use an IANA name such "
                        + "as Europe/Brussels");
            }
        }
        options.check(run);
        boolean web = FetchRequest.isWebAddress(source) || source.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*");
        if (web) {
            try {
                FetchRequest.of(source);
            } catch (FetchException e) {
                return run.fail(CommandRun.USAGE, e.getMessage());
            }
        }
        Path projectFile = options.projectFile;
        Project project = run.loadForSaving(projectFile);
        Trip trip = tripName != null ? run.trip(projectFile, project, tripName) : chooseTrip(run, project);
        ParsedProgramme parsed;
        ProgrammeFeed feed = ProgrammeFeed.NONE;
        try {
            if (web) {
                ProgrammeDownload.Changed got = (ProgrammeDownload.Changed) ProgrammeDownload.fetch(
                        ProgrammeSteps.fetcher(options.timeoutSeconds), source, FetchProgress.NONE, new Cancellation());
                parsed = got.parsed();
                feed = got.feed();
            } else {
                parsed = ProgrammeImport.read(Path.of(source));
            }
        } catch (FetchException | ProgrammeImportException e) {
            return run.fail(CommandRun.FAILED, e.getMessage() + "\nNothing was changed.");
        }
        String sourceName = web ? source : parsed.source();
        if (trip == null) {
            trip = Trip.create(parsed.title().isBlank() ? "Trip" : parsed.title().strip());
            project = project.withTrip(trip);
            steps.note("Adding trip \"" + trip.name() + "\".");
        }
        ZoneId known = ProgrammeUpdate.knownZone(trip, parsed.title(), sourceName).orElse(null);
        ZoneId zone = steps.zone(parsed, asked, known);
        if (zone == null) {
            return run.fail(CommandRun.FAILED, sourceName + " does not say which time zone its times are in; "
                    + "give it with --zone (e.g. --zone Europe/Brussels). Nothing was changed.");
        }
        Programme fresh = steps.programme(parsed, zone, feed);
        ProgrammeImportPlan plan = ProgrammeImportPlan.prepare(project, trip.id(), fresh, null, parsed.city(),
                parsed.venue(), parsed.statedZone() != null);
        return steps.finish(options, project, trip, plan);
    }

    /**
     * Without --trip: the trip holding a programme from this source, else the only trip; null for a new trip when
     * there are none; an error naming the trips when that leaves a choice.
     */
    private Trip chooseTrip(CommandRun run, Project project) {
        String name = FetchRequest.isWebAddress(source) ? source.strip() : String.valueOf(Path.of(source).getFileName());
        List<Trip> holding = project.trips().stream().filter(t -> t.programmes().stream()
                .anyMatch(p -> p.source().equalsIgnoreCase(name) || p.feed().url().equals(name))).toList();
        if (holding.size() == 1) {
            return holding.get(0);
        }
        if (project.trips().size() <= 1) {
            return project.trips().isEmpty() ? null : project.trips().get(0);
        }
        throw run.stop(CommandRun.USAGE, options.projectFile + ": the project has several trips; say which with"
                + " --trip NAME: " + String.join(", ", project.trips().stream().map(t -> "\"" + t.name() + "\"").toList()));
    }
}
