package org.roadshow.io.programme;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;

/**
 * An iCalendar programme (Sched's {@code all.ics}, pretalx and Indico exports) read with ical4j. Times
 * come from the property text and its TZID parameter (ical4j's own parsed zones are {@code ical4j~uuid}
 * ids), from UTC, or floating with {@code X-WR-TIMEZONE}. When ical4j refuses the whole file, each event
 * is read on its own so that one broken event costs only itself. Every ical4j exception, runtime ones
 * included, becomes a {@link ProgrammeImportException} or a warning with a line.
 */
final class ICalendarProgrammeParser {
    private final String source;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private int skipped;

    private ICalendarProgrammeParser(String source) {
        this.source = source;
    }

    static ParsedProgramme parse(byte[] data, String source) throws ProgrammeImportException {
        return new ICalendarProgrammeParser(source).read(text(data));
    }

    private static String text(byte[] data) {
        String s = new String(data, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private ParsedProgramme read(String text) throws ProgrammeImportException {
        IcsLayout layout = IcsLayout.scan(text);
        for (int line : layout.unclosedEvents()) {
            warnings.add(new ImportWarning(line, "broken event skipped: BEGIN:VEVENT without its END:VEVENT"));
            skipped++;
        }
        Calendar whole = layout.unclosedEvents().isEmpty() ? build(text) : null;
        List<Component> events = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Map<String, String> calendarProps = new HashMap<>();
        if (whole != null) {
            readCalendarProps(whole, calendarProps);
            List<CalendarComponent> found = whole.getComponents(Component.VEVENT);
            for (int i = 0; i < found.size(); i++) {
                events.add(found.get(i));
                lines.add(i < layout.eventLines().size() ? layout.eventLines().get(i) : -1);
            }
        } else {
            readEventsOneByOne(layout, events, lines, calendarProps);
        }
        IcsEvents reader = new IcsEvents(source, layout, warnings);
        ZoneId calendarZone = reader.zone(calendarProps.getOrDefault("X-WR-TIMEZONE", ""), -1);
        events.forEach(reader::noteOverride);
        for (int i = 0; i < events.size(); i++) {
            reader.add(events.get(i), lines.get(i));
        }
        List<ParsedSession> sessions = reader.sessions();
        skipped += reader.skipped();
        ZoneId stated = calendarZone != null ? calendarZone : reader.onlyZone();
        String title = calendarProps.getOrDefault("X-WR-CALNAME", calendarProps.getOrDefault("X-WR-CALDESC", ""));
        return new ParsedProgramme(ProgrammeFormat.ICALENDAR, source, title, "", stated, List.of(), sessions, warnings,
                skipped);
    }

    private static void readCalendarProps(Calendar cal, Map<String, String> into) {
        for (Property p : cal.getPropertyList().getAll()) {
            into.putIfAbsent(p.getName().toUpperCase(java.util.Locale.ROOT), p.getValue() == null ? "" : p.getValue().strip());
        }
    }

    /** The whole calendar, or null when ical4j refuses it (then events are read one by one). */
    private static Calendar build(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (IOException | ParserException | RuntimeException e) {
            // expected for real-world feeds: the events are then read one by one and each problem is reported
            java.util.logging.Logger.getLogger(ICalendarProgrammeParser.class.getName())
                    .log(java.util.logging.Level.FINE, "ical4j refused the whole calendar", e);
            return null;
        }
    }

    private void readEventsOneByOne(IcsLayout layout, List<Component> events, List<Integer> lines,
                                    Map<String, String> calendarProps) throws ProgrammeImportException {
        String header = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Roadshow//import//EN\r\n";
        Calendar head = build(header + layout.header() + layout.timezones() + "END:VCALENDAR\r\n");
        String zones = layout.timezones();
        if (head == null) {
            head = build(header + layout.header() + "END:VCALENDAR\r\n");
            zones = "";
            warnings.add(new ImportWarning(-1, "the file's time zone definitions are broken: zone names are used as they are"));
        }
        if (head == null) {
            throw new ProgrammeImportException(source, 1, "this iCalendar file's header is broken, so nothing in it can be read", null);
        }
        readCalendarProps(head, calendarProps);
        int prefixLines = 3 + countLines(zones);
        for (IcsLayout.Block block : layout.events()) {
            String one = header + zones + block.text() + "END:VCALENDAR\r\n";
            try {
                Calendar cal = new CalendarBuilder().build(new StringReader(one));
                for (CalendarComponent c : cal.<CalendarComponent>getComponents(Component.VEVENT)) {
                    events.add(c);
                    lines.add(block.line());
                }
            } catch (ParserException e) {
                int at = e.getLineNo() > prefixLines ? block.line() + e.getLineNo() - prefixLines - 1 : block.line();
                broken(at, e);
            } catch (IOException | RuntimeException e) {
                broken(block.line(), e);
            }
        }
    }

    private void broken(int line, Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        if (e.getCause() != null && e.getCause().getMessage() != null) {
            why = e.getCause().getMessage().strip();
        }
        warnings.add(new ImportWarning(line, "broken event skipped: " + why));
        skipped++;
    }

    private static int countLines(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
