package org.roadshow.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.io.project.ProjectFileException;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.Agenda;
import org.roadshow.plan.AgendaEntry;
import org.roadshow.plan.AgendaSelection;
import org.roadshow.plan.AgendaText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roadshow agenda}: one person's days as plain text, to paste into an e-mail. */
@Command(name = "agenda", mixinStandardHelpOptions = true,
        description = {"Print one person's talks, booth duty, demos, travel, meetings and starred talks, day by day, "
                + "as plain text."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "1:the project could not be read",
                "2:bad arguments (unknown person, trip or zone)"})
public final class AgendaCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "the .roadshow project file")
    Path projectFile;

    @Option(names = {"-p", "--person"}, required = true, paramLabel = "NAME", description = "whose agenda")
    String person;

    @Option(names = {"-t", "--trip"}, paramLabel = "NAME", description = "only this trip (default: all)")
    String trip;

    @Option(names = {"-z", "--zone"}, paramLabel = "ZONE", description = "show every time in this zone, e.g. "
            + "Europe/Berlin (default: the local time where each thing happens)")
    String zone;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ZoneId zoneId = null;
        if (zone != null) {
            try {
                zoneId = ZoneId.of(zone.strip());
            } catch (DateTimeException e) {
                err.println("roadshow agenda: \"" + zone + "\" is not a time zone (use an IANA zone id such as "
                        + "Europe/Berlin or America/New_York)");
                return CheckCommand.BAD_INPUT;
            }
        }
        Project project;
        try {
            project = ProjectFile.load(projectFile).project();
        } catch (ProjectFileException e) {
            err.println("roadshow agenda: " + e.getMessage());
            return 1;
        }
        Person who;
        AgendaSelection selection;
        try {
            who = NameLookup.find("person", person, project.people(), Person::name);
            selection = AgendaSelection.forPerson(who.id());
            if (trip != null) {
                selection = selection.withTrips(Set.of(NameLookup.find("trip", trip, project.trips(), Trip::name).id()));
            }
        } catch (IllegalArgumentException e) {
            err.println("roadshow agenda: " + projectFile + ": " + e.getMessage());
            return CheckCommand.BAD_INPUT;
        }
        List<AgendaEntry> entries = Agenda.select(project, selection);
        String heading = who.name() + (zoneId == null ? " (local times where each thing happens)"
                : " (times in " + zoneId.getId() + ")");
        out.print(AgendaText.of(heading, entries, zoneId));
        out.flush();
        return 0;
    }
}
