package org.roadshow.io.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roadshow.SampleProjectBuilder.LENA;
import static org.roadshow.SampleProjectBuilder.ZOE;
import static org.roadshow.SampleProjectBuilder.id;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.Edits;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.plan.AgendaKind;
import org.roadshow.plan.AgendaSelection;

/** Exporting again to the same file: same UIDs, SEQUENCE up exactly where content changed, deleted UIDs gone. */
class ReExportTest {
    static final Instant FIRST = Instant.parse("2024-05-01T12:00:00Z");
    static final Instant LATER = Instant.parse("2024-05-02T08:30:00Z");
    final AgendaSelection zoe = AgendaSelection.forPerson(ZOE);

    @TempDir
    Path dir;

    @Test
    void anEditRaisesTheSequenceOfWhatChangedOnly() throws Exception {
        Path file = dir.resolve("zoe.ics");
        Project before = SampleWithProgramme.build();
        IcsExportFile.Result first = IcsExportFile.export(before, zoe, AlarmDefaults.alarms(), file, FIRST);
        Map<String, ParsedCalendar.Event> was = read(file);
        assertEquals(first.events() + first.todos(), first.added());
        assertTrue(was.values().stream().allMatch(e -> e.sequence() == 0));

        // The Saturday-morning shift moves half an hour later.
        Shift shift = (Shift) before.item(id("fosdem:shift:sat-am")).orElseThrow();
        Shift moved = shift.withStart(shift.start().plusMinutes(30));
        Project after = Edits.putItem(SampleProjectBuilder.FOSDEM_TRIP, moved).apply(before);
        IcsExportFile.Result second = IcsExportFile.export(after, zoe, AlarmDefaults.alarms(), file, LATER);
        Map<String, ParsedCalendar.Event> now = read(file);

        assertEquals(was.keySet(), now.keySet(), "the same events, by UID");
        String movedUid = ExportedEvent.uid(shift.id(), AgendaKind.SHIFT);
        assertEquals(1, now.get(movedUid).sequence());
        assertEquals(moved.start().instant(), now.get(movedUid).start());
        for (String uid : now.keySet()) {
            if (!uid.equals(movedUid)) {
                assertEquals(0, now.get(uid).sequence(), uid + " did not change");
            }
        }
        assertEquals(1, second.changed());
        assertEquals(0, second.added());

        // Exported a third time without a change: nothing goes up; a further edit goes up again.
        IcsExportFile.export(after, zoe, AlarmDefaults.alarms(), file, LATER.plusSeconds(60));
        assertEquals(1, read(file).get(movedUid).sequence());
        Shift movedAgain = shift;
        Project again = Edits.putItem(SampleProjectBuilder.FOSDEM_TRIP, movedAgain).apply(after);
        IcsExportFile.export(again, zoe, AlarmDefaults.alarms(), file, LATER.plusSeconds(120));
        assertEquals(2, read(file).get(movedUid).sequence());
    }

    @Test
    void changedTextOrAlarmCountsAsAChange() throws Exception {
        Path file = dir.resolve("lena.ics");
        Project before = SampleProjectBuilder.build();
        AgendaSelection lena = AgendaSelection.forPerson(LENA);
        IcsExportFile.export(before, lena, AlarmDefaults.alarms(), file, FIRST);
        Talk talk = (Talk) before.item(id("fosdem:talk:license")).orElseThrow();
        Talk renamed = talk.withTitle("Mixed-licence FOSS projects");
        Project after = Edits.putItem(SampleProjectBuilder.FOSDEM_TRIP, renamed).apply(before);
        IcsExportFile.export(after, lena, AlarmDefaults.alarms().with(AgendaKind.TRAVEL, 120), file, LATER);
        Map<String, ParsedCalendar.Event> now = read(file);
        assertEquals(1, now.get(ExportedEvent.uid(talk.id(), AgendaKind.TALK)).sequence());
        assertEquals("Talk: Mixed-licence FOSS projects", now.get(ExportedEvent.uid(talk.id(), AgendaKind.TALK)).summary());
        assertEquals(1, now.get(ExportedEvent.uid(id("fosdem:leg:out"), AgendaKind.TRAVEL)).sequence(),
                "a different reminder is a change the calendar must take");
        assertEquals(0, now.get(ExportedEvent.uid(id("fosdem:shift:sun-pm"), AgendaKind.SHIFT)).sequence());
    }

    @Test
    void aDeletedItemsUidIsGone() throws Exception {
        Path file = dir.resolve("zoe.ics");
        Project before = SampleWithProgramme.build();
        IcsExportFile.export(before, zoe, AlarmDefaults.alarms(), file, FIRST);
        String demoUid = ExportedEvent.uid(id("fosdem:demo:xo"), AgendaKind.DEMO);
        String starUid = ExportedEvent.uid(SampleWithProgramme.RUST, AgendaKind.STARRED);
        assertTrue(read(file).containsKey(demoUid));
        assertTrue(read(file).containsKey(starUid));

        Project after = Edits.removeItem(SampleProjectBuilder.FOSDEM_TRIP, id("fosdem:demo:xo")).apply(before);
        var trip = after.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow();
        var programme = trip.programmes().get(0);
        after = after.withTrip(trip.withProgramme(programme.withSessions(programme.sessions().stream()
                .map(s -> s.id().equals(SampleWithProgramme.RUST) ? s.withStarredBy(java.util.Set.of()) : s)
                .toList())));
        IcsExportFile.Result result = IcsExportFile.export(after, zoe, AlarmDefaults.alarms(), file, LATER);
        Map<String, ParsedCalendar.Event> now = read(file);
        assertFalse(now.containsKey(demoUid), "deleted demo");
        assertFalse(now.containsKey(starUid), "unstarred session");
        assertEquals(2, result.removed());
        assertTrue(result.summary().contains("2 removed"), result.summary());
    }

    @Test
    void aStarredSessionTheProgrammeDroppedIsUpdatedAsCancelledWithoutReminder() throws Exception {
        Path file = dir.resolve("zoe.ics");
        Project before = SampleWithProgramme.build();
        IcsExportFile.export(before, zoe, AlarmDefaults.alarms(), file, FIRST);
        String starUid = ExportedEvent.uid(SampleWithProgramme.RUST, AgendaKind.STARRED);
        assertFalse(read(file).get(starUid).summary().startsWith("Cancelled"));

        var trip = before.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow();
        var programme = trip.programmes().get(0);
        Project after = before.withTrip(trip.withProgramme(programme.withSessions(programme.sessions().stream()
                .map(s -> s.id().equals(SampleWithProgramme.RUST) ? s.withCancelled(true) : s).toList())));
        IcsExportFile.export(after, zoe, AlarmDefaults.alarms(), file, LATER);
        ParsedCalendar.Event now = read(file).get(starUid);
        assertTrue(now.summary().startsWith("Cancelled: Starred talk: "), now.summary());
        assertEquals(1, now.sequence(), "the calendar must take the change");
        assertFalse(Files.readString(file).split("UID:" + starUid)[1].split("END:VEVENT")[0].contains("BEGIN:VALARM"),
                "no reminder for a cancelled session");
    }

    @Test
    void theSameShiftIsTheSameEventForAPersonAndForTheRoster() {
        Project p = SampleProjectBuilder.build();
        var shifts = IcsExport.events(p, zoe.withKinds(List.of(AgendaKind.SHIFT)), AlarmDefaults.alarms());
        var roster = IcsExport.events(p, AgendaSelection.everything().withBooth(id("fosdem:booth")),
                AlarmDefaults.alarms());
        assertTrue(roster.stream().map(ExportedEvent::uid).toList()
                .containsAll(shifts.stream().map(ExportedEvent::uid).toList()));
    }

    @Test
    void aFileThatIsNotAnEarlierExportStartsSequencesAtZero() throws Exception {
        Path file = dir.resolve("other.ics");
        Files.writeString(file, "not a calendar\nUID:x\n");
        IcsExportFile.Result result = IcsExportFile.export(SampleProjectBuilder.build(), zoe, AlarmDefaults.alarms(),
                file, FIRST);
        assertEquals(result.events() + result.todos(), result.added());
        assertTrue(read(file).values().stream().allMatch(e -> e.sequence() == 0));
    }

    @Test
    void theEarlierExportIsReadFromFoldedLines() throws Exception {
        String ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:abc-\r\n def@roadshow\r\nSEQUENCE:4\r\n"
                + "BEGIN:VALARM\r\nUID:alarm-uid\r\nEND:VALARM\r\nX-ROADSHOW-HASH:12\r\n 34\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var events = PreviousExport.read(new java.io.StringReader(ics));
        assertEquals(Map.of("abc-def@roadshow", new PreviousExport.Event(4, "1234")), events);
    }

    private static Map<String, ParsedCalendar.Event> read(Path file) throws Exception {
        return ParsedCalendar.parse(Files.readString(file)).events().stream()
                .collect(Collectors.toMap(ParsedCalendar.Event::uid, Function.identity()));
    }
}
