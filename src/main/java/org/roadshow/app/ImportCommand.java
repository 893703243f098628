package org.roadshow.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.roadshow.edit.Edits;
import org.roadshow.io.project.LoadedProject;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.io.project.ProjectFileException;
import org.roadshow.io.programme.ImportWarning;
import org.roadshow.io.programme.ParsedProgramme;
import org.roadshow.io.programme.ProgrammeImport;
import org.roadshow.io.programme.ProgrammeImportException;
import org.roadshow.io.programme.ProgrammeImportResult;
import org.roadshow.io.programme.ZoneGuess;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.ProgrammeUpdate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code roadshow import PROJECT PROGRAMME --trip NAME [--zone ZONE]}: imports a conference programme into
 * a trip, or updates the one imported before (stars and links kept), prints what changed for starred
 * and linked sessions, and saves the project atomically. Nothing is written unless every step worked.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a conference programme (Pentabarf/frab XML, frab/pretalx JSON or iCalendar) into a trip, "
            + "or update the one imported before: stars and links are kept, and changes to starred or linked "
            + "sessions are reported.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:imported (or nothing to do)", "1:nothing changed: the project or programme could not be read or saved",
            "2:wrong arguments"})
public final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "the .roadshow project file")
    Path projectFile;

    @Parameters(index = "1", paramLabel = "PROGRAMME", description = "the programme file")
    Path programmeFile;

    @Option(names = "--trip", required = true, paramLabel = "NAME", description = "the trip to import into")
    String tripName;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "the IANA time zone of the programme's times when the file does not say (e.g. Europe/Brussels)")
    String zoneName;

    @Option(names = "--dry-run", description = "show what would change without saving")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(PrintWriter out, PrintWriter err) {
        ZoneId asked = null;
        if (zoneName != null) {
            try {
                asked = ZoneId.of(zoneName.strip());
            } catch (DateTimeException e) {
                err.println("roadshow import: \"" + zoneName + "\" is not a time zone; use an IANA name such as Europe/Brussels");
                return 2;
            }
        }
        LoadedProject loaded;
        try {
            loaded = ProjectFile.load(projectFile);
        } catch (ProjectFileException e) {
            err.println("roadshow import: " + e.getMessage());
            return 1;
        }
        if (loaded.readOnly()) {
            err.println("roadshow import: " + projectFile + ": " + loaded.readOnlyReason() + " Nothing was changed.");
            return 1;
        }
        Project project = loaded.project();
        Optional<Trip> trip = project.tripNamed(tripName);
        if (trip.isEmpty()) {
            String trips = project.trips().stream().map(t -> "\"" + t.name() + "\"").collect(Collectors.joining(", "));
            err.println("roadshow import: " + projectFile + " has no trip named \"" + tripName + "\""
                    + (trips.isEmpty() ? " (it has no trips yet)" : "; its trips are " + trips));
            return 1;
        }
        ParsedProgramme parsed;
        try {
            parsed = ProgrammeImport.read(programmeFile);
        } catch (ProgrammeImportException e) {
            err.println("roadshow import: " + e.getMessage());
            err.println("Nothing was changed.");
            return 1;
        }
        ZoneId zone = zone(parsed, asked, trip.get(), out);
        if (zone == null) {
            err.println("roadshow import: " + parsed.source() + " does not say which time zone its times are in; "
                    + "give it with --zone (e.g. --zone Europe/Brussels). Nothing was changed.");
            return 1;
        }
        ProgrammeImportResult result = parsed.toResult(zone);
        out.println("Read " + parsed.source() + " (" + parsed.format().label() + "): " + result.summary() + ".");
        if (!result.warnings().isEmpty()) {
            out.println(result.skipped() + " skipped or noted:");
            for (ImportWarning w : result.warnings()) {
                out.println("  " + parsed.source() + ", " + w);
            }
        }
        ProgrammeUpdate update = ProgrammeUpdate.prepare(project, trip.get().id(), result.toProgramme(Instant.now()));
        out.println((update.isUpdate() ? "Updating" : "Importing") + " programme \"" + update.after().name()
                + "\" in trip \"" + trip.get().name() + "\":");
        update.report().lines().forEach(line -> out.println("  " + line));
        if (dryRun) {
            out.println("Dry run: " + projectFile + " was not changed.");
            return 0;
        }
        Project next = Edits.putProgramme(trip.get().id(), update.after(), update.label()).apply(project);
        try {
            ProjectFile.save(next, projectFile);
        } catch (ProjectFileException e) {
            err.println("roadshow import: " + e.getMessage());
            return 1;
        }
        out.println("Saved " + projectFile + ".");
        return 0;
    }

    /** The file's zone, else --zone, else a guess the user is told about; null when there is nothing to go on. */
    private ZoneId zone(ParsedProgramme parsed, ZoneId asked, Trip trip, PrintWriter out) {
        if (parsed.statedZone() != null) {
            if (asked != null && !asked.equals(parsed.statedZone())) {
                out.println("Note: the file says its times are in " + parsed.statedZone() + "; --zone " + asked + " is not used.");
            }
            return parsed.statedZone();
        }
        if (asked != null) {
            return asked;
        }
        ZoneId known = ProgrammeUpdate.knownZone(trip, parsed.title(), parsed.source()).orElse(null);
        Optional<ZoneId> guess = ZoneGuess.guess(parsed, known);
        guess.ifPresent(z -> out.println("Times taken as " + z + ": the file does not say its zone (use --zone to choose another)."));
        return guess.orElse(null);
    }
}
