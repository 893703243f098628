package org.roadshow.io.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roadshow.model.Moment;
import org.roadshow.model.Session;

/** The newer frab/pretalx XML flavour and frab JSON, from fixtures written after the format descriptions. */
class FrabFormatsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void newerXmlUsesGuidsOffsetsAndTheStatedZone() throws Exception {
        ParsedProgramme parsed = Fixtures.parse("frab_new_36c3.xml");
        assertEquals(ProgrammeFormat.PENTABARF_XML, parsed.format());
        assertEquals(BERLIN, parsed.statedZone());
        assertEquals("36th Chaos Communication Congress", parsed.title());
        ProgrammeImportResult result = parsed.toResult(ZoneId.of("UTC"));
        assertEquals(BERLIN, result.zone(), "the zone the file states wins");
        assertEquals(4, result.sessions().size());
        assertEquals(List.of("Ada", "Borg"), result.rooms());

        Session opening = byGuid(result.sessions(), "7f8e9a10-1111-4b5e-9a47-000000010000");
        assertEquals("10000", opening.sourceId());
        assertEquals("Opening Ceremony", opening.title());
        assertEquals("Ethics, Society & Politics", opening.track(), "event track, not the conference's <track name>");
        assertEquals(new Moment(LocalDateTime.of(2019, 12, 27, 11, 0), BERLIN), opening.start());
        assertEquals(new Moment(LocalDateTime.of(2019, 12, 27, 11, 40), BERLIN), opening.end());
        assertEquals(List.of("bleeptrack", "blinry"), opening.speakers());
        assertEquals("Welcome home!", opening.abstractText());
        assertEquals(List.of("https://fahrplan.events.ccc.de/congress/2019/Fahrplan/events/10000.html",
                "https://example.org/slides.pdf"), opening.links());

        Session night = byGuid(result.sessions(), "7f8e9a10-1111-4b5e-9a47-000000010001");
        assertEquals(LocalDateTime.of(2019, 12, 28, 1, 30), night.start().time(), "event/date beats the day's date");
        assertEquals("Five minutes each", night.abstractText());
        assertEquals("Description only.", byGuid(result.sessions(), "7f8e9a10-1111-4b5e-9a47-000000010003").abstractText());
        assertEquals(List.of("Zoë Müller"), byGuid(result.sessions(), "7f8e9a10-1111-4b5e-9a47-000000010002").speakers());
    }

    @Test
    void oldXmlWithDayChangeMovesEarlySessionsToTheNextDay() throws Exception {
        String xml = """
                <schedule><conference><title>Night Conf</title><day_change>04:00</day_change></conference>
                <day index="1" date="2020-03-01"><room name="Hall">
                <event id="1"><start>23:30</start><duration>01:00</duration><title>Late</title></event>
                <event id="2"><start>01:00</start><duration>00:30</duration><title>Very late</title></event>
                </room></day></schedule>""";
        ProgrammeImportResult result = Fixtures.parseText(xml, "night.xml").toResult(ZoneId.of("Europe/Paris"));
        assertEquals(LocalDateTime.of(2020, 3, 1, 23, 30), result.sessions().get(0).start().time());
        assertEquals(LocalDateTime.of(2020, 3, 2, 0, 30), result.sessions().get(0).end().time());
        assertEquals(LocalDateTime.of(2020, 3, 2, 1, 0), result.sessions().get(1).start().time());
        assertEquals("Hall", result.sessions().get(1).room(), "room taken from <room name> when the event has none");
    }

    @Test
    void jsonReadsRoomsKeyedByNameAndReportsTheBrokenEventWithItsLine() throws Exception {
        ParsedProgramme parsed = Fixtures.parse("frab_36c3.json");
        assertEquals(ProgrammeFormat.FRAB_JSON, parsed.format());
        assertEquals(BERLIN, parsed.statedZone());
        ProgrammeImportResult result = parsed.toResult(null);
        assertEquals(3, result.sessions().size());
        assertEquals(1, result.skipped());
        assertEquals(1, result.warnings().size());
        ImportWarning broken = result.warnings().get(0);
        assertEquals(lineOf("frab_36c3.json", "\"guid\": \"7f8e9a10-1111-4b5e-9a47-000000010009\"") - 1, broken.line());
        assertTrue(broken.message().contains("\"Broken Times\""), broken.message());
        assertTrue(broken.message().contains("not a date and time"), broken.message());
        assertEquals(List.of("Ada", "Borg", "Clarke"), result.rooms(), "declared rooms, an empty room included");

        Session opening = byGuid(result.sessions(), "7f8e9a10-1111-4b5e-9a47-000000010000");
        assertEquals("10000", opening.sourceId());
        assertEquals(List.of("bleeptrack", "blinry"), opening.speakers(), "public_name, else name");
        assertEquals(new Moment(LocalDateTime.of(2019, 12, 27, 11, 0), BERLIN), opening.start());
        assertEquals(2, opening.links().size());
        assertEquals("Fuzz all the things.", byGuid(result.sessions(), "7f8e9a10-1111-4b5e-9a47-000000010002").abstractText());
        Session night = byGuid(result.sessions(), "7f8e9a10-1111-4b5e-9a47-000000010003");
        assertEquals(LocalDateTime.of(2019, 12, 29, 2, 15), night.start().time(), "before day_change: the next day");
    }

    @Test
    void offsetsWithoutAZoneNameAreExactButTheZoneIsAsked() throws Exception {
        String json = """
                {"schedule": {"conference": {"title": "Somewhere", "days": [{"date": "2021-06-01", "rooms": {"R1": [
                  {"id": 7, "title": "Exact", "date": "2021-06-01T10:00:00+02:00", "duration": "00:45"}
                ]}}]}}}""";
        ParsedProgramme parsed = Fixtures.parseText(json, "offsets.json");
        assertEquals(null, parsed.statedZone());
        assertTrue(parsed.timesAreExact());
        Session s = parsed.toResult(ZoneId.of("Europe/Lisbon")).sessions().get(0);
        assertEquals(new Moment(LocalDateTime.of(2021, 6, 1, 9, 0), ZoneId.of("Europe/Lisbon")), s.start());
        assertEquals("R1", s.room());
    }

    static Session byGuid(List<Session> sessions, String guid) {
        return sessions.stream().filter(s -> s.guid().equals(guid)).findFirst().orElseThrow();
    }

    static int lineOf(String resource, String text) {
        String[] lines = new String(Fixtures.bytes(resource), java.nio.charset.StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + resource);
    }
}
