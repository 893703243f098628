package org.roadshow.io.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roadshow.model.Moment;
import org.roadshow.model.Session;

/** iCalendar programmes: UTC with X-WR-TIMEZONE (Sched), floating, TZID with VTIMEZONE, recurrences, broken events. */
class ICalendarProgrammeTest {
    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");

    static String ics(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    @Test
    void schedUtcTimesAreShownInTheCalendarZone() throws Exception {
        String text = ics("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sched.com//EN", "X-WR-CALNAME:Open Source Summit NA",
                "X-WR-TIMEZONE:America/Los_Angeles",
                "BEGIN:VEVENT", "UID:abc123@sched", "DTSTART:20230510T163000Z", "DTEND:20230510T171000Z",
                "SUMMARY:Keynote: Linux at 32", "LOCATION:Grand Ballroom", "CATEGORIES:Keynotes,Linux",
                "DESCRIPTION:Speakers: Ann Smith\\, Bo Chen\\nThe state of the kernel.", "END:VEVENT",
                "END:VCALENDAR");
        ParsedProgramme parsed = Fixtures.parseText(text, "all.ics");
        assertEquals(LA, parsed.statedZone());
        assertEquals("Open Source Summit NA", parsed.title());
        Session s = parsed.toResult(null).sessions().get(0);
        assertEquals(new Moment(LocalDateTime.of(2023, 5, 10, 9, 30), LA), s.start());
        assertEquals(new Moment(LocalDateTime.of(2023, 5, 10, 10, 10), LA), s.end());
        assertEquals(List.of("Ann Smith", "Bo Chen"), s.speakers());
        assertEquals("The state of the kernel.", s.abstractText());
        assertEquals("Keynotes", s.track());
        assertEquals("Grand Ballroom", s.room());
    }

    @Test
    void floatingTimesWithoutAZoneAreAsked() throws Exception {
        String text = ics("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x",
                "BEGIN:VEVENT", "UID:1", "DTSTART:20240203T100000", "DURATION:PT50M", "SUMMARY:Floating", "END:VEVENT",
                "END:VCALENDAR");
        ParsedProgramme parsed = Fixtures.parseText(text, "floating.ics");
        assertNull(parsed.statedZone());
        Session s = parsed.toResult(ZoneId.of("Europe/Brussels")).sessions().get(0);
        assertEquals(Moment.of("2024-02-03T10:00", "Europe/Brussels"), s.start());
        assertEquals(Moment.of("2024-02-03T10:50", "Europe/Brussels"), s.end());
    }

    @Test
    void tzidWithVtimezoneAndPathLikeIdsGiveIanaZones() throws Exception {
        String text = ics("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x",
                "BEGIN:VTIMEZONE", "TZID:/mozilla.org/20050126_1/Europe/Brussels",
                "BEGIN:STANDARD", "DTSTART:19701025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
                "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
                "BEGIN:VEVENT", "UID:2", "DTSTART;TZID=/mozilla.org/20050126_1/Europe/Brussels:20240203T100000",
                "DTEND;TZID=/mozilla.org/20050126_1/Europe/Brussels:20240203T110000", "SUMMARY:Zoned", "END:VEVENT",
                "END:VCALENDAR");
        ParsedProgramme parsed = Fixtures.parseText(text, "zoned.ics");
        assertEquals(ZoneId.of("Europe/Brussels"), parsed.statedZone(), "the one TZID all events use");
        Session s = parsed.toResult(null).sessions().get(0);
        assertEquals(Moment.of("2024-02-03T10:00", "Europe/Brussels"), s.start());
    }

    @Test
    void recurrencesAreExpandedWithExdatesAndOverridesAndCapped() throws Exception {
        String text = ics("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x", "X-WR-TIMEZONE:Europe/Berlin",
                "BEGIN:VEVENT", "UID:lunch", "DTSTART;TZID=Europe/Berlin:20240301T120000",
                "DTEND;TZID=Europe/Berlin:20240301T130000", "RRULE:FREQ=DAILY;COUNT=4",
                "EXDATE;TZID=Europe/Berlin:20240302T120000", "SUMMARY:Lunch", "END:VEVENT",
                "BEGIN:VEVENT", "UID:lunch", "RECURRENCE-ID;TZID=Europe/Berlin:20240303T120000",
                "DTSTART;TZID=Europe/Berlin:20240303T123000", "DTEND;TZID=Europe/Berlin:20240303T133000",
                "SUMMARY:Late lunch", "END:VEVENT",
                "BEGIN:VEVENT", "UID:forever", "DTSTART;TZID=Europe/Berlin:20240301T090000",
                "DTEND;TZID=Europe/Berlin:20240301T090500", "RRULE:FREQ=MINUTELY", "SUMMARY:Every minute", "END:VEVENT",
                "END:VCALENDAR");
        ProgrammeImportResult result = Fixtures.parseText(text, "repeat.ics").toResult(null);
        List<Session> lunches = result.sessions().stream().filter(s -> s.guid().startsWith("lunch")).toList();
        assertEquals(List.of("2024-03-01T12:00", "2024-03-03T12:30", "2024-03-04T12:00"),
                lunches.stream().map(s -> s.start().time().toString()).sorted().toList());
        long minutes = result.sessions().stream().filter(s -> s.guid().startsWith("forever")).count();
        assertEquals(ImportLimits.MAX_OCCURRENCES, minutes);
        assertTrue(result.warnings().stream().anyMatch(w -> w.message().contains("repeats more than")), result.warnings().toString());
    }

    @Test
    void aBrokenEventIsSkippedWithItsLineAndTheRestImported() throws Exception {
        String text = ics("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x", "X-WR-TIMEZONE:Europe/Berlin",
                "BEGIN:VEVENT", "UID:ok1", "DTSTART;TZID=Europe/Berlin:20240301T100000", "SUMMARY:Fine", "END:VEVENT",
                "BEGIN:VEVENT", "UID:bad", "DTSTART;TZID=Europe/Berlin:2024-03-01 at ten", "SUMMARY:Broken", "END:VEVENT",
                "BEGIN:VEVENT", "UID:ok2", "DTSTART;TZID=Europe/Berlin:20240301T110000", "SUMMARY:Also fine", "END:VEVENT",
                "BEGIN:VEVENT", "UID:nostart", "SUMMARY:No start", "END:VEVENT",
                "END:VCALENDAR");
        ProgrammeImportResult result = Fixtures.parseText(text, "broken.ics").toResult(null);
        assertEquals(List.of("Fine", "Also fine"), result.sessions().stream().map(Session::title).toList());
        assertEquals(2, result.skipped());
        assertEquals(List.of(10, 20), result.warnings().stream().map(ImportWarning::line).toList(), result.warnings().toString());
        assertTrue(result.warnings().get(1).message().contains("no DTSTART"), result.warnings().toString());
    }

    @Test
    void anEventCutOffAtTheEndIsReportedAndTheRestImported() throws Exception {
        String text = ics("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x", "X-WR-TIMEZONE:UTC",
                "BEGIN:VEVENT", "UID:ok1", "DTSTART:20240301T100000Z", "SUMMARY:Fine", "END:VEVENT",
                "BEGIN:VEVENT", "UID:cut", "DTSTART:20240301T100000Z", "SUMMARY:Cut");
        ProgrammeImportResult result = Fixtures.parseText(text, "cut.ics").toResult(null);
        assertEquals(List.of("Fine"), result.sessions().stream().map(Session::title).toList());
        assertEquals(10, result.warnings().get(0).line());
    }
}
