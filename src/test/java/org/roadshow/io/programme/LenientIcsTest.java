package org.roadshow.io.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The defects of real iCalendar feeds, each on its own: what is read, and what is reported with its line. */
class LenientIcsTest {
    private static final String HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n";

    private static ParsedProgramme parse(String text) throws ProgrammeImportException {
        return ProgrammeImport.parse(text.getBytes(StandardCharsets.UTF_8), "feed.ics");
    }

    private static String event(String uid, String... lines) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\n" + String.join("\r\n", lines) + "\r\nEND:VEVENT\r\n";
    }

    @Test
    void aLineThatIsNotAPropertyIsReportedWithItsLineAndTheEventStays() throws Exception {
        ParsedProgramme parsed = parse(HEAD + event("1", "SUMMARY:Kept", "this is not a property",
                "DTSTART:20240301T100000Z") + "END:VCALENDAR\r\n");
        assertEquals(List.of("Kept"), parsed.sessions().stream().map(ParsedSession::title).toList());
        assertEquals("line 7: this line is not an iCalendar property (NAME:value) and is left out",
                parsed.warnings().get(0).toString());
    }

    @Test
    void windowsZoneNamesMapToIanaZonesWithOrWithoutOutlooksVtimezone() throws Exception {
        String outlook = "BEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T030000\r\n"
                + "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
                + "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
                + "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n";
        String events = event("1", "SUMMARY:Berlin", "DTSTART;TZID=W. Europe Standard Time:20240703T100000")
                + event("2", "SUMMARY:Sydney", "DTSTART;TZID=\"AUS Eastern Standard Time\":20240703T100000");
        for (String text : List.of(HEAD + outlook + events + "END:VCALENDAR\r\n", HEAD + events + "END:VCALENDAR\r\n")) {
            ParsedProgramme parsed = parse(text);
            assertEquals(ZoneId.of("Europe/Berlin"), parsed.sessions().get(0).zone());
            assertEquals(ZoneId.of("Australia/Sydney"), parsed.sessions().get(1).zone());
            assertTrue(parsed.warnings().isEmpty(), parsed.warnings().toString());
        }
    }

    @Test
    void aCustomVtimezoneGivesExactOffsetsInSummerAndWinter() throws Exception {
        String zone = "BEGIN:VTIMEZONE\r\nTZID:(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\r\n"
                + "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                + "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\n"
                + "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n";
        String tzid = "\"(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\"";
        ParsedProgramme parsed = parse(HEAD + zone
                + event("summer", "SUMMARY:Summer", "DTSTART;TZID=" + tzid + ":20240703T100000", "DTEND;TZID=" + tzid + ":20240703T110000")
                + event("winter", "SUMMARY:Winter", "DTSTART;TZID=" + tzid + ":20240203T100000") + "END:VCALENDAR\r\n");
        ParsedSession summer = parsed.sessions().get(0);
        assertEquals(ZoneOffset.ofHours(2), summer.offset());
        assertEquals(LocalDateTime.of(2024, 7, 3, 11, 0), summer.end());
        assertEquals(ZoneOffset.ofHours(1), parsed.sessions().get(1).offset());
        assertNull(summer.zone());
    }

    @Test
    void anUnknownZoneIsFloatingWithOneWarning() throws Exception {
        ParsedProgramme parsed = parse(HEAD + event("1", "SUMMARY:A", "DTSTART;TZID=Mars/Olympus:20240301T100000")
                + event("2", "SUMMARY:B", "DTSTART;TZID=Mars/Olympus:20240301T110000") + "END:VCALENDAR\r\n");
        assertEquals(2, parsed.sessions().size());
        assertNull(parsed.sessions().get(0).zone());
        assertEquals(1, parsed.warnings().size(), parsed.warnings().toString());
        assertEquals("line 7: unknown time zone \"Mars/Olympus\": its times are taken in the programme's zone",
                parsed.warnings().get(0).toString());
    }

    @Test
    void vcalendar10QuotedPrintableAndCharsetAreDecoded() throws Exception {
        byte[] latin1 = (HEAD + event("1", "SUMMARY;CHARSET=ISO-8859-1:Caf\u00e9 Z\u00fcrich",
                "DESCRIPTION;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Gr=C3=BC=C3=9Fe =",
                "aus Wien", "DTSTART:20240301T100000Z") + "END:VCALENDAR\r\n").getBytes(StandardCharsets.ISO_8859_1);
        ParsedProgramme parsed = ProgrammeImport.parse(latin1, "vcal.ics");
        assertEquals("Café Zürich", parsed.sessions().get(0).title());
        assertEquals("Grüße aus Wien", parsed.sessions().get(0).abstractText());
        assertEquals("line 6: the file is not all UTF-8: lines that are not were read as Windows-1252 (Latin-1)",
                parsed.warnings().get(0).toString());
    }

    @Test
    void linesEndingInCrAloneAndAMissingEndAreRead() throws Exception {
        String mac = (HEAD + event("1", "SUMMARY:Old Mac", "DTSTART:20240301T100000Z")).replace("\r\n", "\r");
        ParsedProgramme parsed = parse(mac);
        assertEquals("Old Mac", parsed.sessions().get(0).title());
    }

    @Test
    void aRepeatRuleThatCannotBeReadKeepsTheFirstTime() throws Exception {
        ParsedProgramme parsed = parse(HEAD + event("1", "SUMMARY:Standup", "DTSTART:20240301T100000Z",
                "RRULE:FREQ=SOMETIMES") + "END:VCALENDAR\r\n");
        assertEquals(1, parsed.sessions().size());
        assertTrue(parsed.warnings().get(0).message().contains("repeats by a rule that cannot be read"), parsed.warnings().toString());
    }

    @Test
    void everyWindowsZoneInTheTableIsAZoneThisJavaKnows() throws Exception {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                IcsZones.class.getResourceAsStream("windows-zones.tsv"), Charset.forName("UTF-8")))) {
            List<String[]> rows = r.lines().filter(l -> !l.startsWith("#")).map(l -> l.split("\t")).toList();
            assertTrue(rows.size() > 130, "rows: " + rows.size());
            for (String[] row : rows) {
                assertEquals(ZoneId.of(row[1]), IcsZones.windows(row[0]).orElseThrow().id(), row[0]);
            }
        }
    }
}
