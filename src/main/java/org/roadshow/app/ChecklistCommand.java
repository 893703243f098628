package org.roadshow.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.checklist.ChecklistFilter;
import org.roadshow.plan.checklist.ChecklistQuery;
import org.roadshow.plan.checklist.ChecklistRow;
import org.roadshow.plan.checklist.ResolvedDue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code roadshow checklist FILE [--trip NAME] [--person NAME] [--open] [--json]}: the checklist items, grouped by
 * trip and by what they belong to, with their due dates worked out (relative ones too) and late ones marked.
 */
@Command(name = "checklist", mixinStandardHelpOptions = true,
        description = "List checklist items with their due dates worked out, grouped by trip and by what they belong"
                + " to (the trip, a booth, a talk, ...); open items past their due date are marked late.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed (also when nothing matches)", "1:the file is not a valid project or cannot be read",
                "2:wrong usage, or no such trip or person"})
public final class ChecklistCommand implements Callable<Integer> {
    /** "now" for the late marks; tests set a fixed clock. */
    static Clock clock = Clock.systemDefaultZone();

    @Parameters(index = "0", paramLabel = "FILE", description = "a .roadshow project file")
    Path file;

    @Option(names = {"-t", "--trip"}, paramLabel = "NAME", description = "only this trip (a unique start of its name"
            + " will do)")
    String trip;

    @Option(names = {"-p", "--person"}, paramLabel = "NAME", description = "only the items assigned to this person")
    String person;

    @Option(names = "--open", description = "only the items not ticked yet")
    boolean open;

    @Option(names = "--json", description = "print the items as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        CommandRun run = new CommandRun("checklist", spec);
        try {
            return list(run);
        } catch (CommandRun.Stop stop) {
            return run.exit(stop);
        }
    }

    private int list(CommandRun run) throws JsonProcessingException {
        PrintWriter out = run.out();
        Project project = run.load(file).project();
        ChecklistFilter filter = ChecklistFilter.ALL.withOpenOnly(open);
        if (trip != null) {
            filter = filter.withTrip(run.trip(file, project, trip).id());
        }
        if (person != null) {
            filter = filter.withPerson(run.find(file, "person", person, project.people(), Person::name).id());
        }
        List<ChecklistRow> rows = ChecklistQuery.rows(project, filter, clock.instant(), clock.getZone());
        out.print(json ? json(project, rows) : text(project, rows));
        out.flush();
        return 0;
    }

    private static String text(Project project, List<ChecklistRow> rows) {
        if (rows.isEmpty()) {
            return "No checklist items match.\n";
        }
        StringBuilder b = new StringBuilder();
        Trip current = null;
        for (ChecklistQuery.Group group : ChecklistQuery.groups(rows)) {
            if (group.trip() != current) {
                current = group.trip();
                b.append(current.name().isBlank() ? "(trip without a name)" : current.name()).append('\n');
            }
            b.append("  ").append(group.label()).append(" (").append(group.done()).append(" of ")
                    .append(group.total()).append(" done)\n");
            for (ChecklistRow row : group.rows()) {
                b.append("    ").append(row.item().done() ? "[x] " : "[ ] ").append(row.item().text());
                if (row.item().assignee() != null) {
                    b.append(" \u2014 ").append(project.personName(row.item().assignee()));
                }
                row.due().ifPresent(d -> b.append(" \u2014 due ").append(d.sentence()));
                if (row.due().isEmpty() && row.item().due() != null) {
                    b.append(" \u2014 due date not known yet");
                }
                if (row.late()) {
                    b.append(" (LATE)");
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static String json(Project project, List<ChecklistRow> rows) throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode items = mapper.createArrayNode();
        for (ChecklistRow row : rows) {
            ObjectNode item = items.addObject();
            item.put("id", row.item().id().toString());
            item.put("trip", row.trip().name());
            item.put("belongsTo", row.ownerLabel());
            item.put("text", row.item().text());
            item.put("done", row.item().done());
            if (row.item().assignee() == null) {
                item.putNull("assignee");
            } else {
                item.put("assignee", project.personName(row.item().assignee()));
            }
            if (row.due().isEmpty()) {
                item.putNull("due");
            } else {
                ResolvedDue due = row.due().get();
                ObjectNode d = item.putObject("due");
                d.put("date", due.date().toString());
                d.put("time", due.time() == null ? null : due.time().toString());
                d.put("zone", due.zone() == null ? null : due.zone().getId());
                d.put("text", due.sentence());
            }
            item.put("late", row.late());
        }
        return mapper.writeValueAsString(items) + "\n";
    }
}
