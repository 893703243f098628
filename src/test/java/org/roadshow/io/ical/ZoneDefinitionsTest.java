package org.roadshow.io.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.Moment;
import org.roadshow.plan.AgendaKind;
import org.roadshow.plan.AgendaSelection;

/**
 * The VTIMEZONE written for a zone must carry the rules of the exported dates, not today's rules: clients
 * read the definition in the file. Dates where old rules differ from today's catch a definition that
 * only knows recent observances.
 */
class ZoneDefinitionsTest {
    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
            "America/Los_Angeles, 2008-02-10T22:35, -08:00",  // the sample's red-eye: winter time
            "America/New_York,    2008-02-11T06:20, -05:00",
            "America/Los_Angeles, 2006-03-20T10:00, -08:00",  // before 2007 summer time began in April
            "America/Los_Angeles, 2007-03-20T10:00, -07:00",  // from 2007 it begins in March
            "Europe/Moscow,       2008-02-07T10:20, +03:00",  // the sample's Moscow departure
            "Europe/Moscow,       2013-01-15T10:00, +04:00",  // permanent +04 from 2011 to 2014
            "Europe/Brussels,     2017-02-04T09:30, +01:00",
            "Europe/London,       2017-02-03T16:01, +00:00",
            "Asia/Tehran,         2021-06-01T12:00, +04:30",  // summer time, abolished in 2022
            "Asia/Tehran,         2023-06-01T12:00, +03:30",
            "Africa/Cairo,        2026-10-30T00:00, +02:00"   // just after a midnight change back
    })
    void anExportedTimeMeansTheInstantOfItsDate(String zone, String local, String offset) throws Exception {
        Moment at = new Moment(LocalDateTime.parse(local), ZoneId.of(zone));
        assertEquals(ZoneOffset.of(offset), at.zoned().getOffset(), "the model itself");
        ExportedEvent e = new ExportedEvent("t@roadshow", AgendaKind.MEETING, "t", "", "", at, at.plusMinutes(30), null);
        var calendar = IcsExport.calendar("t", List.of(e), Map.of(), Instant.EPOCH);
        IcsWriter.validate(calendar);
        ParsedCalendar.Event back = ParsedCalendar.parse(IcsWriter.toString(calendar)).events().get(0);
        assertEquals(zone, back.startZone());
        assertEquals(at.time(), back.startLocal());
        assertEquals(LocalDateTime.parse(local).toInstant(ZoneOffset.of(offset)), back.start());
    }

    @Test
    void theSamplesLosAngelesDefinitionHoldsTheWinterOf2008() {
        String ics = IcsWriter.toString(IcsExport.calendar(SampleProjectBuilder.build(), AgendaSelection.everything(),
                AlarmDefaults.alarms(), Instant.EPOCH));
        String la = ics.substring(ics.indexOf("TZID:America/Los_Angeles"), ics.indexOf("END:VTIMEZONE",
                ics.indexOf("TZID:America/Los_Angeles")));
        assertTrue(la.contains("DTSTART:20071104T020000\r\nTZOFFSETFROM:-0700\r\nTZOFFSETTO:-0800"), la);
        assertTrue(!la.contains("RRULE"), "observances are listed, not projected by rules");
    }

    @Test
    void aDefinitionCoversEveryChangeInTheRange() {
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        var tz = ZoneDefinitions.definition(brussels, Instant.parse("2017-02-04T00:00:00Z"),
                Instant.parse("2019-02-04T00:00:00Z"));
        // the change in force (Oct 2016) and the four changes of 2017 and 2018
        assertEquals(5, tz.getObservances().size());
        var utc = ZoneDefinitions.definition(ZoneId.of("Asia/Kolkata"), Instant.parse("2017-02-04T00:00:00Z"),
                Instant.parse("2017-02-05T00:00:00Z"));
        assertEquals(1, utc.getObservances().size(), "a zone with no change in the range: its last change");
    }

    @Test
    void fixedOffsetsAndUtcAreWrittenInUtc() {
        assertTrue(!IcsExport.inZone(new Moment(LocalDateTime.parse("2017-02-04T10:00"), ZoneOffset.ofHours(2))));
        assertTrue(!IcsExport.inZone(new Moment(LocalDateTime.parse("2017-02-04T10:00"), ZoneId.of("UTC"))));
        assertTrue(IcsExport.inZone(new Moment(LocalDateTime.parse("2017-02-04T10:00"), ZoneId.of("Etc/GMT-3"))));
    }
}
