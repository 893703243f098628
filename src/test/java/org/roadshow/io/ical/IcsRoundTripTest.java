package org.roadshow.io.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roadshow.SampleProjectBuilder.KIRILL;
import static org.roadshow.SampleProjectBuilder.ZOE;
import static org.roadshow.SampleProjectBuilder.id;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.BlankItems;
import org.roadshow.model.Meeting;
import org.roadshow.model.Moment;
import org.roadshow.model.Project;
import org.roadshow.plan.AgendaKind;
import org.roadshow.plan.AgendaSelection;

/** Every kind of agenda entry exported and read back through ical4j: instants, zones, text, alarms, UIDs. */
class IcsRoundTripTest {
    static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    static final String AWKWARD = "Zoë Müller & Ünïcödé: commas, semicolons; back\\slashes, \"quotes\", "
            + "and a line long enough that it must be folded somewhere in the middle of a multi-byte letter ééééé";

    /** The sample with its programme, plus a meeting whose text needs every kind of escaping and folding. */
    static Project project() {
        Project p = SampleWithProgramme.build();
        Meeting awkward = BlankItems.meeting(id("test:meeting:awkward"),
                Moment.of("2017-02-05T18:00", "Europe/Brussels"), Moment.of("2017-02-05T19:00", "Europe/Brussels"))
                .withTitle(AWKWARD)
                .withWhere("Café \"Le Cirio\", Rue de la Bourse 18").withPeople(List.of(ZOE))
                .withWithWhom("Line one\nLine two; with a semicolon\n\nAfter a blank line").withNotes(AWKWARD);
        return p.withTrip(p.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow().withItem(awkward));
    }

    @Test
    void everyEventReadsBackAsExported() throws Exception {
        Project project = project();
        AgendaSelection everything = AgendaSelection.everything();
        List<ExportedEvent> exported = IcsExport.events(project, everything, AlarmDefaults.alarms());
        var calendar = IcsExport.calendar(IcsExport.calendarName(project, everything), exported, Map.of(), NOW);
        IcsWriter.validate(calendar);
        ParsedCalendar parsed = ParsedCalendar.parse(IcsWriter.toString(calendar));

        assertEquals(exported.size(), parsed.events().size());
        assertEquals(EnumSet.complementOf(EnumSet.of(AgendaKind.TODO)), exported.stream().map(ExportedEvent::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AgendaKind.class))), "every kind is exported");
        for (ExportedEvent e : exported) {
            ParsedCalendar.Event back = parsed.event(e.uid());
            assertEquals(e.summary(), back.summary(), e.uid());
            assertEquals(e.location(), back.location(), e.uid());
            assertEquals(e.description(), back.description(), e.uid());
            assertEquals(e.kind().label(), back.categories(), e.uid());
            assertEquals(e.start().instant(), back.start(), e.uid() + " start instant");
            assertEquals(e.start().zone().getId(), back.startZone(), e.uid() + " start zone");
            assertEquals(e.end().instant(), back.end(), e.uid() + " end instant");
            assertEquals(e.end().zone().getId(), back.endZone(), e.uid() + " end zone");
            assertEquals(Duration.ofMinutes(-AlarmDefaults.minutes(e.kind())), back.alarm(), e.uid() + " alarm");
            assertEquals(0, back.sequence());
            assertEquals(e.hash(), back.hash());
            assertTrue(back.uid().matches("[0-9a-f-]{36}-" + e.kind().key() + "@roadshow"), back.uid());
        }
        assertEquals(exported.size(), parsed.events().stream().map(ParsedCalendar.Event::uid).distinct().count(),
                "UIDs are unique");
    }

    @Test
    void oneVTimeZonePerZoneUsed() {
        Project project = project();
        String ics = IcsWriter.toString(IcsExport.calendar(project, AgendaSelection.everything(),
                AlarmDefaults.alarms(), NOW));
        List<String> tzids = ics.lines().filter(l -> l.startsWith("TZID:")).map(l -> l.substring(5)).toList();
        assertEquals(List.of("America/Los_Angeles", "America/New_York", "Europe/Berlin", "Europe/Brussels",
                "Europe/London", "Europe/Moscow"), tzids);
        assertTrue(ics.indexOf("BEGIN:VTIMEZONE") < ics.indexOf("BEGIN:VEVENT"), "zones come before events");
        assertFalse(ics.contains("METHOD:"), "no METHOD: PUBLISH would demand an ORGANIZER");
    }

    @Test
    void wordsReadWellInAPhoneAgenda() {
        Project project = project();
        Map<String, ExportedEvent> byUid = IcsExport.events(project, AgendaSelection.forPerson(ZOE),
                AlarmDefaults.alarms()).stream().collect(Collectors.toMap(ExportedEvent::uid, e -> e));
        ExportedEvent shift = byUid.get(ExportedEvent.uid(id("fosdem:shift:sat-am"), AgendaKind.SHIFT));
        assertEquals("Booth duty: Xen Project (K, level 1)", shift.summary());
        assertEquals("Xen Project booth, K, level 1, group C, booth 5, ULB Solbosch, Brussels", shift.location());
        assertEquals("Also on duty: Ravi Iyer\nStaff wanted: 2 to 3\nPartners: Citrix, Oracle, Vates",
                shift.description());
        ExportedEvent flight = byUid.get(ExportedEvent.uid(id("fosdem:leg:zoe-out"), AgendaKind.TRAVEL));
        assertEquals("Flight BER Tegel → BRU Brussels", flight.summary());
        assertTrue(flight.description().contains("Booking reference: H4TW9L"), flight.description());
        ExportedEvent starred = byUid.get(ExportedEvent.uid(SampleWithProgramme.RUST, AgendaKind.STARRED));
        assertEquals("Starred talk: Rust, Cargo and the path to stable; semicolons, commas\\backslashes",
                starred.summary());
        assertEquals("H.2215 (Ferrer), ULB Solbosch, Brussels", starred.location());

        Map<String, ExportedEvent> kirill = IcsExport.events(project, AgendaSelection.forPerson(KIRILL),
                AlarmDefaults.alarms()).stream().collect(Collectors.toMap(ExportedEvent::summary, e -> e));
        ExportedEvent redeye = kirill.get("Flight LAX Los Angeles → MCO Orlando");
        assertEquals("LAX Los Angeles", redeye.location());
        assertEquals("Delta DL1574\nBooking reference: GX8R2N\n"
                + "Departs LAX Los Angeles Sun 10 Feb 2008 22:35 (America/Los_Angeles)\n"
                + "Arrives MCO Orlando Mon 11 Feb 2008 06:20 (America/New_York)\n"
                + "Travellers: Kirill Orlov, Dana Whitfield", redeye.description());
        ExportedEvent talk = kirill.get("Talk: Live migration of containers with OpenVZ");
        assertEquals("Los Angeles A, Westin LAX, Los Angeles", talk.location());
        assertTrue(talk.description().startsWith("Speakers: Kirill Orlov\nCheckpointing"), talk.description());
    }

    @Test
    void alarmsFollowTheExportSettings() {
        Project project = project();
        Alarms alarms = AlarmDefaults.alarms().with(AgendaKind.TRAVEL, 240).without(AgendaKind.SHIFT);
        ParsedCalendar parsed = ParsedCalendar.parse(IcsWriter.toString(IcsExport.calendar(project,
                AgendaSelection.forPerson(ZOE), alarms, NOW)));
        for (ParsedCalendar.Event e : parsed.events()) {
            if (e.uid().endsWith("-shift@roadshow")) {
                assertNull(e.alarm(), e.uid());
            } else if (e.uid().endsWith("-travel@roadshow")) {
                assertEquals(Duration.ofHours(-4), e.alarm(), e.uid());
            } else {
                assertEquals(Duration.ofMinutes(-AlarmDefaults.minutes(kindOf(e))), e.alarm(), e.uid());
            }
        }
        String none = IcsWriter.toString(IcsExport.calendar(project, AgendaSelection.everything(), Alarms.none(), NOW));
        assertFalse(none.contains("BEGIN:VALARM"));
    }

    @Test
    void dtstampIsTheExportTimeInUtc() {
        String ics = IcsWriter.toString(IcsExport.calendar(project(), AgendaSelection.forPerson(ZOE),
                AlarmDefaults.alarms(), NOW.plusMillis(789)));
        Set<String> stamps = ics.lines().filter(l -> l.startsWith("DTSTAMP")).collect(Collectors.toSet());
        assertEquals(Set.of("DTSTAMP:20240501T120000Z"), stamps);
    }

    @Test
    void anEventThatEndsBeforeItStartsIsWrittenWithoutAnEnd() throws Exception {
        Project p = SampleProjectBuilder.build();
        Meeting backwards = BlankItems.meeting(id("test:backwards"), Moment.of("2017-02-05T18:00", "Europe/Brussels"),
                Moment.of("2017-02-05T17:00", "Europe/Brussels")).withTitle("Typo").withPeople(List.of(ZOE));
        p = p.withTrip(p.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow().withItem(backwards));
        var calendar = IcsExport.calendar(p, AgendaSelection.forPerson(ZOE), AlarmDefaults.alarms(), NOW);
        IcsWriter.validate(calendar);
        ParsedCalendar.Event e = ParsedCalendar.parse(IcsWriter.toString(calendar))
                .event(ExportedEvent.uid(id("test:backwards"), AgendaKind.MEETING));
        assertEquals(LocalDateTime.parse("2017-02-05T18:00").atZone(SampleProjectBuilder.BRUSSELS).toInstant(), e.start());
        assertNull(e.end());
    }

    @Test
    void theExportChecksOneEventOfEachShapeAndCatchesABrokenOne() throws Exception {
        Project project = project();
        List<ExportedEvent> events = IcsExport.events(project, AgendaSelection.everything(), AlarmDefaults.alarms());
        var calendar = IcsExport.calendar("t", events, Map.of(), NOW);
        IcsExport.validate(calendar, events);
        // the first event of a kind stands for its shape: break it and the check must fail
        var firstTalk = calendar.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").stream()
                .filter(v -> v.getProperty("CATEGORIES").orElseThrow().getValue().equals("Talk")).findFirst()
                .orElseThrow();
        firstTalk.remove(firstTalk.getProperty("DTSTAMP").orElseThrow());
        org.junit.jupiter.api.Assertions.assertThrows(IcsExportException.class,
                () -> IcsExport.validate(calendar, events));
    }

    private static AgendaKind kindOf(ParsedCalendar.Event e) {
        String key = e.uid().substring(37, e.uid().indexOf('@'));
        return AgendaKind.ofKey(key).orElseThrow();
    }
}
