package org.roadshow.io.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VToDo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.BlankItems;
import org.roadshow.edit.ChecklistEdits;
import org.roadshow.edit.Edits;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Due;
import org.roadshow.model.Moment;
import org.roadshow.model.Project;
import org.roadshow.model.Talk;
import org.roadshow.model.Trip;
import org.roadshow.plan.AgendaKind;
import org.roadshow.plan.AgendaSelection;
import org.roadshow.plan.checklist.DueDates;
import org.roadshow.plan.checklist.ResolvedDue;

/**
 * Checklist items with a due date exported as VTODO: read back by ical4j, python3-icalendar and ical.js with
 * the same due dates, in the zone of what they belong to, across a clock change; a ticked item is COMPLETED
 * in the next export to the same file. Client checks run where the client is installed.
 */
class TodoExportTest {
    private static final UUID FOSDEM = SampleProjectBuilder.FOSDEM_TRIP;
    private static final UUID MEETING = UUID.nameUUIDFromBytes("todo-test meeting".getBytes());
    private static final UUID EVENING = UUID.nameUUIDFromBytes("todo-test evening".getBytes());
    private static final UUID GAP = UUID.nameUUIDFromBytes("todo-test gap".getBytes());
    private static final Instant STAMP = Instant.parse("2017-01-10T08:00:00Z");

    @TempDir
    Path dir;

    /**
     * The sample, with "the evening before the talk" at 18:00 and a due at 02:30 on 26 March 2017, a time
     * Brussels skips (the day before a meeting on the 27th).
     */
    static Project project() {
        Project sample = SampleProjectBuilder.build();
        Trip fosdem = sample.trip(FOSDEM).orElseThrow();
        Talk talk = fosdem.items(Talk.class).get(0);
        Trip more = fosdem
                .withItem(BlankItems.meeting(MEETING, Moment.of("2017-03-27T10:00", "Europe/Brussels"),
                        Moment.of("2017-03-27T11:00", "Europe/Brussels")).withTitle("Follow-up"))
                .withItem(BlankItems.checklistItem(EVENING, "Rehearse the talk")
                        .withDue(new Due.BeforeItem(talk.id(), 1, LocalTime.of(18, 0))).withLinkedItem(talk.id()))
                .withItem(BlankItems.checklistItem(GAP, "Send the minutes")
                        .withDue(new Due.BeforeItem(MEETING, 1, LocalTime.of(2, 30))).withLinkedItem(MEETING));
        return sample.withTrip(more);
    }

    /** Every open item with a due date, with what it resolves to. */
    private static Map<String, ResolvedDue> expected(Project project) {
        Map<String, ResolvedDue> out = new HashMap<>();
        for (Trip trip : project.trips()) {
            for (ChecklistItem item : trip.items(ChecklistItem.class)) {
                if (!item.done() && item.due() != null) {
                    DueDates.resolve(trip, item).ifPresent(d -> out.put(ExportedEvent.uid(item.id(), AgendaKind.TODO), d));
                }
            }
        }
        return out;
    }

    private Path export(Project project, String name) throws Exception {
        Path file = dir.resolve(name);
        IcsExportFile.export(project, AgendaSelection.everything(), AlarmDefaults.alarms(), file, STAMP);
        return file;
    }

    private static List<VToDo> todos(Path file) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(file)));
        return calendar.getComponents("VTODO");
    }

    private static String value(VToDo todo, String name) {
        return todo.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static String param(VToDo todo, String property, String parameter) {
        return todo.getProperty(property).flatMap(p -> p.<Parameter>getParameter(parameter)).map(Parameter::getValue)
                .orElse(null);
    }

    @Test
    void ical4jReadsEveryOpenItemWithItsDueDate() throws Exception {
        Project project = project();
        Map<String, ResolvedDue> expected = expected(project);
        List<VToDo> todos = todos(export(project, "all.ics"));
        assertEquals(expected.keySet(), Set.copyOf(todos.stream().map(t -> value(t, "UID")).toList()),
                "every open item with a due date, and no other; the ticked banner is not exported");
        for (VToDo todo : todos) {
            ResolvedDue due = expected.get(value(todo, "UID"));
            assertEquals("NEEDS-ACTION", value(todo, "STATUS"));
            assertEquals("0", value(todo, "SEQUENCE"));
            if (due.allDay()) {
                assertEquals("DATE", param(todo, "DUE", "VALUE"), value(todo, "SUMMARY"));
                assertEquals(due.date().toString().replace("-", ""), value(todo, "DUE"));
            }
        }
        VToDo evening = todos.stream().filter(t -> value(t, "UID").startsWith(EVENING.toString())).findFirst().orElseThrow();
        assertEquals("Europe/Brussels", param(evening, "DUE", "TZID"), "in the zone of the talk it belongs to");
        assertEquals("20170203T180000", value(evening, "DUE"), "the evening before the talk on Saturday 4 February");
        assertEquals("Rehearse the talk", value(evening, "SUMMARY"));
        assertTrue(value(evening, "DESCRIPTION").startsWith("For talk "), value(evening, "DESCRIPTION"));
        VToDo gap = todos.stream().filter(t -> value(t, "UID").startsWith(GAP.toString())).findFirst().orElseThrow();
        assertEquals("20170326T013000Z", value(gap, "DUE"), "02:30 does not exist that night: 03:30 CEST, in UTC");
    }

    @Test
    void theExportIsValidICalendar() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(export(project(), "v.ics"))));
        IcsWriter.validate(calendar);
    }

    @Test
    void anItemTickedAfterAnExportIsCompletedInTheNextAndOthersStayAway() throws Exception {
        Project project = project();
        Path file = export(project, "mine.ics");
        Project ticked = ChecklistEdits.tick(FOSDEM, EVENING, true).apply(project);
        IcsExportFile.Result result = IcsExportFile.export(ticked, AgendaSelection.everything(), AlarmDefaults.alarms(),
                file, STAMP);
        assertEquals(1, result.changed(), result.summary());
        VToDo evening = todos(file).stream().filter(t -> value(t, "UID").startsWith(EVENING.toString()))
                .findFirst().orElseThrow();
        assertEquals("COMPLETED", value(evening, "STATUS"));
        assertEquals("1", value(evening, "SEQUENCE"), "a changed to-do gets the next SEQUENCE");
        assertEquals("100", value(evening, "PERCENT-COMPLETE"));

        Path fresh = export(ticked, "fresh.ics");
        assertFalse(todos(fresh).stream().anyMatch(t -> value(t, "UID").startsWith(EVENING.toString())),
                "a new file gets no ticked items");
    }

    @Test
    void uidsAreTheSameWhoeverTheExportIsForAndFollowTheSelection() throws Exception {
        Project project = project();
        AgendaSelection zoe = AgendaSelection.forPerson(SampleProjectBuilder.ZOE);
        List<ExportedTodo> hers = IcsExport.todos(project, zoe, Map.of());
        assertEquals(List.of("Backup laptop for the demo, charged and tested", "Rehearse the talk", "Send the minutes"),
                hers.stream().map(ExportedTodo::summary).toList(), "assigned to her, or to nobody on her trip");
        Set<String> all = Set.copyOf(IcsExport.todos(project, AgendaSelection.everything(), Map.of()).stream()
                .map(ExportedTodo::uid).toList());
        assertTrue(all.containsAll(hers.stream().map(ExportedTodo::uid).toList()));
        assertEquals(List.of(), IcsExport.todos(project, zoe.withKinds(Set.of(AgendaKind.TALK)), Map.of()),
                "only when to-dos are chosen");
        Project removed = Edits.removeItem(FOSDEM, MEETING).apply(project);
        ExportedTodo kept = IcsExport.todos(removed, AgendaSelection.everything(), Map.of()).stream()
                .filter(t -> t.uid().startsWith(GAP.toString())).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2017, 3, 26), kept.dueDate(), "its anchor deleted, the item keeps its date");
    }

    @Test
    void pythonIcalendarReadsEveryToDoWithItsDueDate() throws Exception {
        assumeTrue(ExternalTool.works(RealClientsTest.PYTHON, "-c", "import icalendar"), "python3-icalendar is missing");
        Path file = export(project(), "py.ics");
        Map<String, JsonNode> read = byUid(ExternalTool.run(dir, List.of(RealClientsTest.PYTHON,
                Path.of("src/test/python/read_todos.py").toAbsolutePath().toString(), file.toString())));
        compare("python3-icalendar", expected(project()), read);
        read.values().forEach(n -> {
            if (!n.get("due").get("isDate").asBoolean()) {
                assertEquals(n.get("due").get("epochSeconds").asLong(), n.get("due").get("fileZoneEpochSeconds").asLong(),
                        "through the file's VTIMEZONE too");
            }
        });
    }

    @Test
    void icalJsReadsEveryToDoWithItsDueDate() throws Exception {
        assumeTrue(Files.isDirectory(RealClientsTest.JS.resolve("node_modules/ical.js")), "ical.js is not installed");
        assumeTrue(ExternalTool.works("node", "--version"), "node is not installed");
        Path file = export(project(), "js.ics");
        compare("ical.js", expected(project()), byUid(ExternalTool.run(RealClientsTest.JS,
                List.of("node", "read-todos.mjs", file.toString()))));
    }

    @Test
    void khalImportsAFileWithToDosAndStillListsEveryEvent() throws Exception {
        assumeTrue(ExternalTool.works("khal", "--version"), "khal is not installed");
        // khal (0.10 to 0.11) keeps events only and does not list to-dos: it must still take the file
        Project project = project();
        Path file = export(project, "khal.ics");
        List<ExportedEvent> events = IcsExport.events(project, AgendaSelection.everything(), AlarmDefaults.alarms());
        new Khal(dir).check(file, ClientExpectations.of(events));
    }

    private static void compare(String client, Map<String, ResolvedDue> expected, Map<String, JsonNode> read) {
        assertEquals(expected.keySet(), read.keySet(), client + " reads every to-do");
        expected.forEach((uid, due) -> {
            JsonNode node = read.get(uid);
            assertNotNull(node.get("due"), client + ": " + uid + " has its due date");
            JsonNode d = node.get("due");
            assertEquals("NEEDS-ACTION", node.get("status").asText(), client);
            if (due.allDay()) {
                assertTrue(d.get("isDate").asBoolean(), client + ": " + node);
                assertEquals(due.date().toString(), d.get("local").asText(), client + ": " + node);
            } else {
                assertFalse(d.get("isDate").asBoolean(), client + ": " + node);
                assertEquals(due.zoned().orElseThrow().toEpochSecond(), d.get("epochSeconds").asLong(),
                        client + ": " + node);
            }
        });
    }

    private static Map<String, JsonNode> byUid(String jsonLines) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> out = new HashMap<>();
        for (String line : jsonLines.split("\n")) {
            if (!line.isBlank()) {
                JsonNode node = json.readTree(line);
                out.put(node.get("uid").asText(), node);
            }
        }
        return out;
    }
}
