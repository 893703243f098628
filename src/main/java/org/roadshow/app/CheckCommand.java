package org.roadshow.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.Conflict;
import org.roadshow.plan.Conflicts;
import org.roadshow.plan.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roadshow check}: the project's conflicts, as sentences or as JSON for scripts and CI. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"List the conflicts of a project: double bookings, travel too close to a commitment, "
                + "booth shifts under or over their staff or outside opening hours, people at work on a trip they "
                + "are not on (errors); starred talks over own items and open booths with nobody on duty (warnings)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no error-level conflict (warnings may be listed)", "1:an error-level conflict, or the "
                + "project could not be read", "2:bad arguments (unknown person or trip)"})
public final class CheckCommand implements Callable<Integer> {
    static final int ERRORS = 1;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the .roadshow project file")
    Path projectFile;

    @Option(names = {"-t", "--trip"}, paramLabel = "NAME", description = "only this trip (default: all)")
    String trip;

    @Option(names = {"-p", "--person"}, paramLabel = "NAME", description = "only conflicts that concern this person")
    String person;

    @Option(names = "--json", description = "print {\"conflicts\": [{\"kind\", \"severity\", \"items\", \"people\", "
            + "\"message\"}]} instead of sentences")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        CommandRun run = new CommandRun("check", spec);
        try {
            return check(run);
        } catch (CommandRun.Stop stop) {
            return run.exit(stop);
        }
    }

    private int check(CommandRun run) throws JsonProcessingException {
        PrintWriter out = run.out();
        Project project = run.load(projectFile).project();
        List<Trip> trips = trip == null ? project.trips() : List.of(run.trip(projectFile, project, trip));
        UUID personId = person == null ? null
                : run.find(projectFile, "person", person, project.people(), Person::name).id();
        Map<Trip, List<Conflict>> byTrip = new LinkedHashMap<>();
        boolean errors = false;
        for (Trip t : trips) {
            List<Conflict> found = personId == null ? Conflicts.forTrip(project, t)
                    : Conflicts.forPerson(project, t, personId);
            byTrip.put(t, found);
            errors |= found.stream().anyMatch(c -> c.severity() == Severity.ERROR);
        }
        out.print(json ? json(byTrip) : text(byTrip));
        out.flush();
        return errors ? ERRORS : 0;
    }

    private static String text(Map<Trip, List<Conflict>> byTrip) {
        StringBuilder out = new StringBuilder();
        int errors = 0;
        int warnings = 0;
        for (Map.Entry<Trip, List<Conflict>> e : byTrip.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            out.append(e.getKey().name().isBlank() ? "(unnamed trip)" : e.getKey().name()).append('\n');
            for (Conflict c : e.getValue()) {
                boolean error = c.severity() == Severity.ERROR;
                errors += error ? 1 : 0;
                warnings += error ? 0 : 1;
                out.append(error ? "  error    " : "  warning  ").append(c.message()).append('\n');
            }
        }
        if (errors + warnings == 0) {
            return "No conflicts.\n";
        }
        return out.append(count(errors, "error")).append(", ").append(count(warnings, "warning")).append(".\n")
                .toString();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String json(Map<Trip, List<Conflict>> byTrip) throws JsonProcessingException {
        List<Map<String, Object>> list = new ArrayList<>();
        for (List<Conflict> conflicts : byTrip.values()) {
            for (Conflict c : conflicts) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("kind", c.kind().key());
                o.put("severity", c.severity().name().toLowerCase(Locale.ROOT));
                o.put("items", c.items().stream().map(UUID::toString).toList());
                o.put("people", c.people().stream().map(UUID::toString).toList());
                o.put("message", c.message());
                list.add(o);
            }
        }
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(Map.of("conflicts", list)) + "\n";
    }
}
