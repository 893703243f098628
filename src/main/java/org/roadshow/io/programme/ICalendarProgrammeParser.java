package org.roadshow.io.programme;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * An iCalendar programme (Sched's {@code all.ics}, pretalx and Indico exports, Outlook and Exchange
 * calendars) read leniently, as python-icalendar and ical.js read real feeds ({@link IcsLines},
 * {@link IcsReader}): a line that cannot be read, or an event without its END, is reported with its line
 * and the rest imports. Times come from the property text and its TZID ({@link IcsZones}), from UTC, or
 * floating with {@code X-WR-TIMEZONE}; ical4j only expands recurrence rules.
 */
final class ICalendarProgrammeParser {
    private ICalendarProgrammeParser() {
    }

    static ParsedProgramme parse(byte[] data, String source) throws ProgrammeImportException {
        List<ImportWarning> warnings = new ArrayList<>();
        List<IcsComponent> roots = IcsReader.read(data, source, warnings);
        List<IcsComponent> calendars = roots.stream().filter(c -> c.name.equals("VCALENDAR")).toList();
        if (calendars.isEmpty()) {
            throw new ProgrammeImportException(source, 1, "this iCalendar file has no BEGIN:VCALENDAR, so nothing in it can be read", null);
        }
        List<IcsComponent> events = new ArrayList<>();
        List<IcsComponent> timezones = new ArrayList<>();
        for (IcsComponent calendar : calendars) {
            calendar.collect("VEVENT", events);
            calendar.collect("VTIMEZONE", timezones);
        }
        int skipped = 0;
        List<IcsComponent> complete = new ArrayList<>(events.size());
        for (IcsComponent event : events) {
            if (event.closed) {
                complete.add(event);
            } else {
                warnings.add(new ImportWarning(event.line, "broken event skipped: BEGIN:VEVENT without its END:VEVENT"));
                skipped++;
            }
        }
        IcsEvents reader = new IcsEvents(source, new IcsZones(timezones, warnings), warnings);
        IcsComponent head = calendars.get(0);
        String zoneName = head.text("X-WR-TIMEZONE").strip();
        ZoneId calendarZone = zoneName.isEmpty() ? null : reader.calendarZone(zoneName);
        complete.forEach(reader::noteOverride);
        for (IcsComponent event : complete) {
            reader.add(event);
        }
        skipped += reader.skipped();
        ZoneId stated = calendarZone != null ? calendarZone : reader.onlyZone();
        String title = head.text("X-WR-CALNAME").strip();
        if (title.isEmpty()) {
            title = head.text("X-WR-CALDESC").strip();
        }
        warnings.sort(java.util.Comparator.comparingInt(ImportWarning::line));
        return new ParsedProgramme(ProgrammeFormat.ICALENDAR, source, title, "", stated, List.of(), reader.sessions(),
                warnings, skipped);
    }
}
