package org.roadshow.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.roadshow.io.ical.AlarmDefaults;
import org.roadshow.io.ical.Alarms;
import org.roadshow.io.ical.IcsExport;
import org.roadshow.io.ical.IcsExportException;
import org.roadshow.io.ical.IcsExportFile;
import org.roadshow.model.Booth;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.plan.Agenda;
import org.roadshow.plan.AgendaKind;
import org.roadshow.plan.AgendaSelection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roadshow export-ics}: writes someone's (or everyone's) agenda as an iCalendar file. */
@Command(name = "export-ics", mixinStandardHelpOptions = true,
        description = {"Export talks, booth duty, demos, travel, meetings and starred talks as an iCalendar "
                + "(.ics) file for a phone or desktop calendar.",
                "Exporting again to the same file updates the same events: UIDs stay, SEQUENCE goes up "
                        + "for what changed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the project could not be read or the file could not be written "
                + "(an existing file is left as it was)", "2:bad arguments (unknown person, trip, booth or kind; nothing to export)"})
public final class ExportIcsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "the .roadshow project file")
    Path projectFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.ics", description = "the file to write")
    Path output;

    @Option(names = {"-p", "--person"}, paramLabel = "NAME",
            description = "only this person's items and starred talks (default: everyone's)")
    String person;

    @Option(names = {"-t", "--trip"}, paramLabel = "NAME", description = "only this trip (repeatable; default: all)")
    List<String> trips = new ArrayList<>();

    @Option(names = "--booth", paramLabel = "NAME", description = "only the duty roster of this booth (its shifts "
            + "and demos)")
    String booth;

    @Option(names = {"-k", "--kinds"}, split = ",", paramLabel = "KIND",
            description = "kinds to export, comma-separated: talk, shift, demo, travel, meeting, starred, todo "
                    + "(checklist items with a due date, as to-dos) (default: all)")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--alarm", paramLabel = "KIND=MINUTES", description = "reminder before each entry of a kind, "
            + "in minutes, or KIND=off (repeatable; defaults: talk, shift, demo, meeting 15, travel 180, starred 10)")
    List<String> alarmSettings = new ArrayList<>();

    @Option(names = "--no-alarms", description = "write no reminders")
    boolean noAlarms;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandRun run = new CommandRun("export-ics", spec);
        try {
            return export(run);
        } catch (CommandRun.Stop stop) {
            return run.exit(stop);
        }
    }

    private int export(CommandRun run) {
        PrintWriter out = run.out();
        PrintWriter err = run.err();
        Set<AgendaKind> chosenKinds;
        Alarms alarms;
        try {
            chosenKinds = kinds();
            alarms = alarms();
        } catch (IllegalArgumentException e) {
            return run.fail(CommandRun.USAGE, e.getMessage());
        }
        Project project = run.load(projectFile).project();
        AgendaSelection selection = selection(run, project).withKinds(chosenKinds);
        if (Agenda.select(project, selection).isEmpty() && IcsExport.todos(project, selection, Map.of()).isEmpty()) {
            List<String> kindNames = selection.kinds().stream().sorted().map(k -> k.label().toLowerCase(java.util.Locale.ROOT)).toList();
            String kindList = kindNames.size() == 1 ? kindNames.get(0) : String.join(", ",
                    kindNames.subList(0, kindNames.size() - 1)) + " or " + kindNames.get(kindNames.size() - 1);
            err.println("roadshow export-ics: " + projectFile + ": nothing to export: no " + kindList
                    + (person == null ? "" : " for " + person) + (trips.isEmpty() ? "" : " in " + String.join(", ", trips))
                    + (booth == null ? "" : " at the " + booth + " booth") + "; " + output + " was not written");
            return CommandRun.USAGE;
        }
        try {
            IcsExportFile.Result result = IcsExportFile.export(project, selection, alarms, output, Instant.now());
            out.println("Wrote " + result.summary() + " to " + output);
            return 0;
        } catch (IcsExportException e) {
            return run.fail(CommandRun.FAILED, e.getMessage());
        }
    }

    private AgendaSelection selection(CommandRun run, Project project) {
        AgendaSelection selection = AgendaSelection.everything();
        if (person != null) {
            selection = selection.withPerson(run.find(projectFile, "person", person, project.people(), Person::name).id());
        }
        Set<UUID> tripIds = new LinkedHashSet<>();
        for (String name : trips) {
            tripIds.add(run.trip(projectFile, project, name).id());
        }
        selection = selection.withTrips(tripIds);
        if (booth != null) {
            List<Booth> booths = project.trips().stream()
                    .filter(t -> tripIds.isEmpty() || tripIds.contains(t.id()))
                    .flatMap(t -> t.items(Booth.class).stream()).toList();
            selection = selection.withBooth(run.find(projectFile, "booth", booth, booths, Booth::name).id());
        }
        return selection;
    }

    private Set<AgendaKind> kinds() {
        if (kinds.isEmpty()) {
            return EnumSet.allOf(AgendaKind.class);
        }
        Set<AgendaKind> chosen = EnumSet.noneOf(AgendaKind.class);
        for (String k : kinds) {
            chosen.add(kind(k));
        }
        return chosen;
    }

    private Alarms alarms() {
        Alarms alarms = noAlarms ? Alarms.none() : AlarmDefaults.alarms();
        for (String setting : alarmSettings) {
            int eq = setting.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("--alarm wants KIND=MINUTES or KIND=off, not \"" + setting + "\"");
            }
            AgendaKind kind = kind(setting.substring(0, eq));
            String value = setting.substring(eq + 1).strip();
            if (!AlarmDefaults.reminds(kind)) {
                throw new IllegalArgumentException("--alarm " + setting + ": to-dos are written without reminders"
                        + " (a due date is not a start)");
            }
            if (value.equalsIgnoreCase("off")) {
                alarms = alarms.without(kind);
                continue;
            }
            try {
                alarms = alarms.with(kind, Integer.parseInt(value));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--alarm " + setting + ": \"" + value
                        + "\" is not a number of minutes or off", e);
            }
        }
        return alarms;
    }

    private static AgendaKind kind(String key) {
        return AgendaKind.ofKey(key).orElseThrow(() -> new IllegalArgumentException("unknown kind \"" + key.strip()
                + "\"; the kinds are talk, shift, demo, travel, meeting, starred, todo"));
    }
}
