package org.roadshow.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.roadshow.io.fetch.FetchSettings;
import org.roadshow.io.fetch.Fetcher;
import org.roadshow.io.programme.ImportWarning;
import org.roadshow.io.programme.ParsedProgramme;
import org.roadshow.io.programme.ProgrammeImportResult;
import org.roadshow.io.programme.ZoneGuess;
import org.roadshow.io.project.LoadedProject;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.io.project.ProjectFileException;
import org.roadshow.model.Programme;
import org.roadshow.model.ProgrammeFeed;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.ConferenceProposal;
import org.roadshow.plan.ProgrammeImportPlan;

/**
 * What {@code roadshow import} and {@code roadshow update} share: reading the project, the zone question, the
 * plan printed as the dialog shows it, the refusal of a programme far from the trip's days, and the save that
 * comes before any word of success. Exit codes: 0 done, 1 cannot read or save (or refused), 2 bad usage.
 */
final class ProgrammeSteps {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final String command;
    private final PrintWriter out;
    private final PrintWriter err;

    ProgrammeSteps(String command, PrintWriter out, PrintWriter err) {
        this.command = command;
        this.out = out;
        this.err = err;
    }

    void note(String line) {
        out.println(line);
    }

    /** Reports a failure; returns the exit code to use. */
    int fail(int code, String message) {
        err.println("roadshow " + command + ": " + message);
        return code;
    }

    /** The project, or empty after saying why (it cannot be read, or it opens read-only). */
    Optional<Project> load(Path file) {
        try {
            LoadedProject loaded = ProjectFile.load(file);
            if (loaded.readOnly()) {
                fail(FAILED, file + ": " + loaded.readOnlyReason() + " Nothing was changed.");
                return Optional.empty();
            }
            return Optional.of(loaded.project());
        } catch (ProjectFileException e) {
            fail(FAILED, e.getMessage());
            return Optional.empty();
        }
    }

    static Fetcher fetcher(int timeoutSeconds) {
        return new Fetcher(FetchSettings.DEFAULTS.withReadTimeout(Duration.ofSeconds(timeoutSeconds)));
    }

    /** The file's zone, else {@code asked}, else the zone already known or a guess the user is told about. */
    ZoneId zone(ParsedProgramme parsed, ZoneId asked, ZoneId known) {
        if (parsed.statedZone() != null) {
            if (asked != null && !asked.equals(parsed.statedZone())) {
                out.println("Note: the programme says its times are in " + parsed.statedZone() + "; --zone " + asked
                        + " is not used.");
            }
            return parsed.statedZone();
        }
        if (asked != null) {
            return asked;
        }
        Optional<ZoneId> guess = ZoneGuess.guess(parsed, known);
        guess.ifPresent(z -> out.println("Times taken as " + z + ": the file does not say its zone"
                + " (use --zone to choose another)."));
        return guess.orElse(null);
    }

    /** Prints what was read and the notes on it; returns the programme ready for a plan. */
    Programme programme(ParsedProgramme parsed, ZoneId zone, ProgrammeFeed feed) {
        ProgrammeImportResult result = parsed.toResult(zone);
        out.println("Read " + parsed.source() + " (" + parsed.format().label() + "): " + result.summary() + ".");
        if (!result.warnings().isEmpty()) {
            out.println(result.skipped() + " skipped or noted:");
            for (ImportWarning w : result.warnings()) {
                out.println("  " + parsed.source() + ", " + w);
            }
        }
        Programme p = result.toProgramme(Instant.now());
        return feed.hasUrl() ? p.withSource(feed.url()).withFeed(feed) : p;
    }

    /**
     * Prints the plan, refuses a far programme without {@code force}, and saves unless {@code dryRun}: the
     * conference is created when the trip has none, and changed only with {@code updateConference}.
     */
    int finish(Path file, Project project, Trip trip, ProgrammeImportPlan plan, boolean force, boolean updateConference,
               boolean dryRun) {
        out.println((plan.update().isUpdate() ? "Updating" : "Importing") + " programme \"" + plan.update().after().name()
                + "\" in trip \"" + trip.name() + "\":");
        plan.update().report().lines().forEach(line -> out.println("  " + line));
        Optional<ConferenceProposal> conference = plan.conferenceChange();
        boolean withConference = conference.map(c -> c.isNew() || updateConference).orElse(false);
        conference.ifPresent(c -> {
            if (c.isNew()) {
                c.changes().forEach(line -> out.println("Also " + line + "."));
                return;
            }
            out.println("The trip's conference \"" + trip.item(c.conference().id()).map(i -> i.label()).orElse("")
                    + "\" differs from the programme:");
            c.changes().forEach(line -> out.println("  " + line));
            out.println(updateConference ? "It is updated to match." : "It is kept as it is (--update-conference updates it).");
        });
        if (plan.isFar() && !force) {
            return fail(FAILED, plan.farWarning() + " Is this the right trip? Add --force to import it anyway."
                    + " Nothing was changed.");
        }
        if (dryRun) {
            out.println("Dry run: " + file + " was not changed.");
            return OK;
        }
        Project next = plan.edit(withConference).apply(project);
        try {
            ProjectFile.save(next, file);
        } catch (ProjectFileException e) {
            return fail(FAILED, e.getMessage() + " Nothing was changed.");
        }
        out.println("Saved " + file + ".");
        return OK;
    }
}
