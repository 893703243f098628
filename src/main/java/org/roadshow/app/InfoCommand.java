package org.roadshow.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.roadshow.io.project.LoadedProject;
import org.roadshow.model.ItemKind;
import org.roadshow.plan.ProjectSummary;
import org.roadshow.plan.ProjectSummary.ConferenceLine;
import org.roadshow.plan.ProjectSummary.PersonLine;
import org.roadshow.plan.ProjectSummary.TripLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roadshow info FILE [--json]}: the project's trips, conferences, people and item counts. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show what a Roadshow project holds: trips with their conferences, the people, and how many"
                + " items of each kind each trip has.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "1:the file is not a valid project or cannot be read", "2:wrong usage"})
public final class InfoCommand implements Callable<Integer> {
    /** The names of the kinds in --json and in the text: those of the project file's arrays. */
    static final Map<ItemKind, String> KIND_KEYS = new EnumMap<>(Map.of(
            ItemKind.CONFERENCE, "conferences", ItemKind.TALK, "talks", ItemKind.BOOTH, "booths",
            ItemKind.SHIFT, "shifts", ItemKind.DEMO, "demos", ItemKind.TRAVEL, "travel",
            ItemKind.MEETING, "meetings", ItemKind.CHECKLIST, "checklist"));

    @Parameters(index = "0", paramLabel = "FILE", description = "a .roadshow project file")
    Path file;

    @Option(names = "--json", description = "print the same as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        CommandRun run = new CommandRun("info", spec);
        PrintWriter out = run.out();
        LoadedProject loaded;
        try {
            loaded = run.load(file);
        } catch (CommandRun.Stop stop) {
            return run.exit(stop);
        }
        ProjectSummary summary = ProjectSummary.of(loaded.project());
        out.print(json ? json(loaded, summary) : text(loaded, summary));
        out.flush();
        return 0;
    }

    private String text(LoadedProject loaded, ProjectSummary summary) {
        StringBuilder b = new StringBuilder();
        b.append("Project: ").append(summary.name()).append('\n');
        b.append("File: ").append(file).append(" (format ").append(loaded.formatVersion())
                .append(loaded.readOnly() ? ", read-only: written by a newer Roadshow" : "").append(")\n");
        b.append("People (").append(summary.people().size()).append("):\n");
        for (PersonLine person : summary.people()) {
            b.append("  ").append(ProjectSummary.describe(person)).append('\n');
        }
        b.append("Trips (").append(summary.trips().size()).append("):\n");
        for (TripLine trip : summary.trips()) {
            b.append("  ").append(trip.name()).append('\n');
            if (!trip.people().isEmpty()) {
                b.append("    People: ").append(String.join(", ", trip.people())).append('\n');
            }
            for (ConferenceLine c : trip.conferences()) {
                b.append("    Conference: ").append(c.name()).append(", ").append(c.city()).append(", ")
                        .append(c.zone()).append(", ").append(c.firstDay()).append(" to ").append(c.lastDay())
                        .append(" (").append(ValidateCommand.count((int) c.days(), "day")).append(")\n");
            }
            StringJoiner counts = new StringJoiner(", ");
            trip.counts().forEach((kind, n) -> counts.add(KIND_KEYS.get(kind) + " " + n));
            b.append("    Items (").append(trip.items()).append("): ").append(counts).append('\n');
            if (trip.programmes() > 0) {
                b.append("    Programmes: ").append(trip.programmes()).append(" (")
                        .append(ValidateCommand.count(trip.sessions(), "session")).append(", ")
                        .append(trip.starredSessions()).append(" starred)\n");
            }
        }
        return b.toString();
    }

    private String json(LoadedProject loaded, ProjectSummary summary) throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("file", file.toString());
        root.put("formatVersion", loaded.formatVersion());
        root.put("readOnly", loaded.readOnly());
        root.put("name", summary.name());
        ArrayNode people = root.putArray("people");
        for (PersonLine person : summary.people()) {
            people.addObject().put("name", person.name()).put("role", person.role())
                    .put("homeZone", zone(person.homeZone()));
        }
        ArrayNode trips = root.putArray("trips");
        for (TripLine trip : summary.trips()) {
            ObjectNode t = trips.addObject();
            t.put("name", trip.name());
            trip.people().forEach(t.putArray("people")::add);
            ArrayNode conferences = t.putArray("conferences");
            for (ConferenceLine c : trip.conferences()) {
                conferences.addObject().put("name", c.name()).put("city", c.city()).put("zone", zone(c.zone()))
                        .put("firstDay", c.firstDay().toString()).put("lastDay", c.lastDay().toString())
                        .put("days", c.days());
            }
            ObjectNode counts = t.putObject("items");
            trip.counts().forEach((kind, n) -> counts.put(KIND_KEYS.get(kind), n));
            t.put("itemCount", trip.items());
            t.put("programmes", trip.programmes());
            t.put("sessions", trip.sessions());
            t.put("starredSessions", trip.starredSessions());
        }
        return mapper.writeValueAsString(root) + System.lineSeparator();
    }

    private static String zone(ZoneId zone) {
        return zone == null ? null : zone.getId();
    }
}
