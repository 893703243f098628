package org.roadshow.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.roadshow.io.fetch.FetchSettings;
import org.roadshow.io.fetch.Fetcher;
import org.roadshow.io.programme.ImportWarning;
import org.roadshow.io.programme.ParsedProgramme;
import org.roadshow.io.programme.ProgrammeImportResult;
import org.roadshow.io.programme.ZoneGuess;
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
 * comes before any word of success. Exit codes as {@link CommandRun}'s; a far programme refused is 1.
 */
final class ProgrammeSteps {
    private final CommandRun run;
    private final PrintWriter out;

    ProgrammeSteps(CommandRun run) {
        this.run = run;
        this.out = run.out();
    }

    void note(String line) {
        out.println(line);
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
     * Prints the plan, refuses a far programme without {@code --force}, and saves unless {@code --dry-run}: the
     * conference is created when the trip has none, and changed only with {@code --update-conference}.
     */
    int finish(ProgrammeOptions options, Project project, Trip trip, ProgrammeImportPlan plan) {
        Path file = options.projectFile;
        boolean updateConference = options.updateConference;
        // the plan is printed once it has happened (or for a dry run): nothing claims success before the save
        List<String> report = new ArrayList<>();
        boolean update = plan.update().isUpdate();
        String tense = options.dryRun ? (update ? "Would update" : "Would import") : update ? "Updated" : "Imported";
        report.add(tense + " programme \"" + plan.update().after().name() + "\" " + (update ? "in" : "into") + " trip \""
                + trip.name() + "\":");
        plan.update().report().lines().forEach(line -> report.add("  " + line));
        Optional<ConferenceProposal> conference = plan.conferenceChange();
        boolean withConference = conference.map(c -> c.isNew() || updateConference).orElse(false);
        conference.ifPresent(c -> {
            if (c.isNew()) {
                c.changes().forEach(line -> report.add("Also " + line + "."));
                return;
            }
            report.add("The trip's conference \"" + trip.item(c.conference().id()).map(i -> i.label()).orElse("")
                    + "\" differs from the programme:");
            c.changes().forEach(line -> report.add("  " + line));
            report.add(updateConference ? "It is updated to match." : "It is kept as it is (--update-conference updates it).");
        });
        if (plan.isFar() && !options.force) {
            return run.fail(CommandRun.FAILED, plan.farWarning() + " Is this the right trip? Add --force to "
                    + (update ? "update" : "import") + " it anyway. Nothing was changed.");
        }
        if (options.dryRun) {
            report.forEach(out::println);
            out.println("Dry run: " + file + " was not changed.");
            return CommandRun.OK;
        }
        Project next = plan.edit(withConference).apply(project);
        try {
            ProjectFile.save(next, file);
        } catch (ProjectFileException e) {
            return run.fail(CommandRun.FAILED, e.getMessage() + " Nothing was changed.");
        }
        report.forEach(out::println);
        out.println("Saved " + file + ".");
        return CommandRun.OK;
    }
}
