package org.roadshow.io.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roadshow.model.Moment;
import org.roadshow.plan.AgendaKind;

/**
 * For 20 zones (both hemispheres, half-hour and 45-minute zones, midnight changes, a two-hour jump, zones
 * that dropped or restarted summer time), every local time 15 minutes apart across every clock change
 * from 2020 to 2035 is exported and read back through ical4j, which resolves it with the VTIMEZONE in the
 * file: the event must mean the model's instant. Times a change skips or repeats must be written in UTC;
 * all others keep their wall-clock time and zone.
 */
class DstExhaustiveTest {
    static final Instant FROM = Instant.parse("2020-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2036-01-01T00:00:00Z");
    static final Duration MARGIN = Duration.ofHours(2);
    static final int STEP_MINUTES = 15;

    /** The zones, also used by the client tests. */
    static final List<String> ZONES = List.of("Europe/London", "Europe/Dublin", "Europe/Brussels",
            "America/Los_Angeles", "America/New_York", "America/St_Johns", "America/Havana", "America/Nuuk",
            "America/Santiago", "America/Asuncion", "Australia/Sydney", "Australia/Adelaide", "Australia/Lord_Howe",
            "Pacific/Auckland", "Pacific/Chatham", "Asia/Tehran", "Asia/Jerusalem", "Africa/Cairo",
            "Africa/Casablanca", "Antarctica/Troll");

    @ParameterizedTest
    @ValueSource(strings = {"Europe/London", "Europe/Dublin", "Europe/Brussels", "America/Los_Angeles",
            "America/New_York", "America/St_Johns", "America/Havana", "America/Nuuk", "America/Santiago",
            "America/Asuncion", "Australia/Sydney", "Australia/Adelaide", "Australia/Lord_Howe", "Pacific/Auckland",
            "Pacific/Chatham", "Asia/Tehran", "Asia/Jerusalem", "Africa/Cairo", "Africa/Casablanca",
            "Antarctica/Troll"})
    void everyQuarterHourAcrossEveryClockChangeMeansTheModelsInstant(String zoneId) throws Exception {
        ZoneId zone = ZoneId.of(zoneId);
        List<ExportedEvent> events = eventsAcrossChanges(zone);
        List<ZoneOffsetTransition> changes = changes(zone);
        assertTrue(changes.size() >= 4, zoneId + " has clock changes to check: " + changes.size());

        var calendar = IcsExport.calendar("DST " + zoneId, events, Map.of(), FROM);
        IcsWriter.validate(calendar);
        ParsedCalendar parsed = ParsedCalendar.parse(IcsWriter.toString(calendar));
        assertEquals(events.size(), parsed.events().size());

        int inUtc = 0;
        for (int i = 0; i < events.size(); i++) {
            ExportedEvent model = events.get(i);
            ParsedCalendar.Event back = parsed.events().get(i);
            assertEquals(model.uid(), back.uid());
            checkTime(model.start(), back.start(), back.startZone(), back.startLocal());
            if (back.end() != null) {
                checkTime(model.end(), back.end(), back.endZone(), back.endLocal());
            } else {
                assertTrue(!model.end().instant().isAfter(model.start().instant()), model.uid() + " lost its end");
            }
            inUtc += back.startZone().equals("UTC") ? 1 : 0;
        }
        assertTrue(inUtc > 0 && inUtc < events.size(), zoneId + ": some times fall in a change, most do not");
    }

    private static void checkTime(Moment model, Instant instant, String zone, LocalDateTime local) {
        String what = model.time() + " " + model.zone();
        assertEquals(model.instant(), instant, what);
        boolean unique = model.zone().getRules().getValidOffsets(model.time()).size() == 1;
        if (unique) {
            assertEquals(model.zone().getId(), zone, what + " keeps its zone");
            assertEquals(model.time(), local, what + " keeps its wall-clock time");
        } else {
            assertEquals("UTC", zone, what + " is skipped or repeated, so written in UTC");
            assertNull(local);
        }
    }

    static List<ZoneOffsetTransition> changes(ZoneId zone) {
        List<ZoneOffsetTransition> changes = new ArrayList<>();
        ZoneOffsetTransition t = zone.getRules().nextTransition(FROM);
        while (t != null && t.getInstant().isBefore(TO)) {
            changes.add(t);
            t = zone.getRules().nextTransition(t.getInstant());
        }
        return changes;
    }

    /** Events starting every 15 minutes of wall-clock time from 2 hours before to 2 hours after each change. */
    static List<ExportedEvent> eventsAcrossChanges(ZoneId zone) {
        List<ExportedEvent> events = new ArrayList<>();
        for (ZoneOffsetTransition change : changes(zone)) {
            LocalDateTime earliest = min(change.getDateTimeBefore(), change.getDateTimeAfter()).minus(MARGIN);
            LocalDateTime latest = max(change.getDateTimeBefore(), change.getDateTimeAfter()).plus(MARGIN);
            for (LocalDateTime t = earliest; !t.isAfter(latest); t = t.plusMinutes(STEP_MINUTES)) {
                Moment start = new Moment(t, zone);
                Moment end = new Moment(t.plusMinutes(STEP_MINUTES), zone);
                UUID id = UUID.nameUUIDFromBytes((zone + " " + t).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                events.add(new ExportedEvent(ExportedEvent.uid(id, AgendaKind.MEETING), AgendaKind.MEETING,
                        "At " + t + " in " + zone, "", "", start, end, null));
            }
        }
        return events;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
