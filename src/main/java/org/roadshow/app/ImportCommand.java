package org.roadshow.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
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
    @Parameters(index = "0", paramLabel = "PROJECT", description = "the .roadshow project file")
    Path projectFile;

    @Parameters(index = "1", paramLabel = "PROGRAMME", description = "the programme file, or its http(s):// address")
    String source;

    @Option(names = "--trip", paramLabel = "NAME", description = "the trip to import into; when left out: the trip "
            + "that already holds this programme, else the only trip, else a new trip named after the programme")
    String tripName;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "the IANA time zone of the programme's times when the file does not say (e.g. Europe/Brussels)")
    String zoneName;

    @Option(names = "--force", description = "import even when the programme's days are more than "
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(new ProgrammeSteps("import", out, err));
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(ProgrammeSteps steps) {
        ZoneId asked = null;
        if (zoneName != null) {
            try {
                asked = ZoneId.of(zoneName.strip());
            } catch (DateTimeException e) {
                return steps.fail(ProgrammeSteps.USAGE, "\"" + zoneName + "\" is not a time zone; use an IANA name such "
                        + "as Europe/Brussels");
            }
        }
        if (timeoutSeconds < 1) {
            return steps.fail(ProgrammeSteps.USAGE, "--timeout wants a number of seconds, 1 or more");
        }
        boolean web = FetchRequest.isWebAddress(source) || source.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*");
        if (web) {
            try {
                FetchRequest.of(source);
            } catch (FetchException e) {
                return steps.fail(ProgrammeSteps.USAGE, e.getMessage());
            }
        }
        Optional<Project> loaded = steps.load(projectFile);
        if (loaded.isEmpty()) {
            return ProgrammeSteps.FAILED;
        }
        Project project = loaded.get();
        Trip trip;
        try {
            trip = tripName != null ? NameLookup.find("trip", tripName, project.trips(), Trip::name) : chooseTrip(project);
        } catch (IllegalArgumentException e) {
            return steps.fail(ProgrammeSteps.USAGE, projectFile + ": " + e.getMessage());
        }
        ParsedProgramme parsed;
        ProgrammeFeed feed = ProgrammeFeed.NONE;
        try {
            if (web) {
                ProgrammeDownload.Changed got = (ProgrammeDownload.Changed) ProgrammeDownload.fetch(
                        ProgrammeSteps.fetcher(timeoutSeconds), source, FetchProgress.NONE, new Cancellation());
                parsed = got.parsed();
                feed = got.feed();
            } else {
                parsed = ProgrammeImport.read(Path.of(source));
            }
        } catch (FetchException | ProgrammeImportException e) {
            return steps.fail(ProgrammeSteps.FAILED, e.getMessage() + "\nNothing was changed.");
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
            return steps.fail(ProgrammeSteps.FAILED, sourceName + " does not say which time zone its times are in; "
                    + "give it with --zone (e.g. --zone Europe/Brussels). Nothing was changed.");
        }
        Programme fresh = steps.programme(parsed, zone, feed);
        ProgrammeImportPlan plan = ProgrammeImportPlan.prepare(project, trip.id(), fresh, null, parsed.city(),
                parsed.venue(), parsed.statedZone() != null);
        return steps.finish(projectFile, project, trip, plan, force, updateConference, dryRun);
    }

    /**
     * Without --trip: the trip holding a programme from this source, else the only trip; null for a new trip when
     * there are none; an error naming the trips when that leaves a choice.
     */
    private Trip chooseTrip(Project project) {
        String name = FetchRequest.isWebAddress(source) ? source.strip() : String.valueOf(Path.of(source).getFileName());
        List<Trip> holding = project.trips().stream().filter(t -> t.programmes().stream()
                .anyMatch(p -> p.source().equalsIgnoreCase(name) || p.feed().url().equals(name))).toList();
        if (holding.size() == 1) {
            return holding.get(0);
        }
        if (project.trips().size() <= 1) {
            return project.trips().isEmpty() ? null : project.trips().get(0);
        }
        throw new IllegalArgumentException("the project has several trips; say which with --trip NAME: "
                + String.join(", ", project.trips().stream().map(t -> "\"" + t.name() + "\"").toList()));
    }
}
