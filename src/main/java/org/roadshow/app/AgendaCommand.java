package org.roadshow.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
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
        CommandRun run = new CommandRun("agenda", spec);
        try {
            return print(run);
        } catch (CommandRun.Stop stop) {
            return run.exit(stop);
        }
    }

    private int print(CommandRun run) {
        PrintWriter out = run.out();
        ZoneId zoneId = null;
        if (zone != null) {
            try {
                zoneId = ZoneId.of(zone.strip());
            } catch (DateTimeException e) {
                return run.fail(CommandRun.USAGE, "\"" + zone + "\" is not a time zone (use an IANA zone id such as "
                        + "Europe/Berlin or America/New_York)");
            }
        }
        Project project = run.load(projectFile).project();
        Person who = run.find(projectFile, "person", person, project.people(), Person::name);
        AgendaSelection selection = AgendaSelection.forPerson(who.id());
        if (trip != null) {
            selection = selection.withTrips(Set.of(run.trip(projectFile, project, trip).id()));
        }
        List<AgendaEntry> entries = Agenda.select(project, selection);
        String heading = who.name() + (zoneId == null ? " (local times where each thing happens)"
                : " (times in " + zoneId.getId() + ")");
        out.print(AgendaText.of(heading, entries, zoneId));
        out.flush();
        return 0;
    }
}
