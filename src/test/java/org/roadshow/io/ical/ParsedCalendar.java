package org.roadshow.io.ical;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/** An exported file read back through ical4j's parser, reduced to plain values for assertions. */
record ParsedCalendar(Calendar calendar, List<Event> events) {
    /** One VEVENT; {@code startZone} is the TZID parameter, or "UTC" for a UTC time. */
    record Event(String uid, int sequence, String summary, String location, String description, String categories,
                 Instant start, String startZone, LocalDateTime startLocal, Instant end, String endZone,
                 LocalDateTime endLocal, Duration alarm, String hash) {
    }

    static ParsedCalendar parse(String ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            List<Event> events = calendar.<VEvent>getComponents("VEVENT").stream().map(ParsedCalendar::event).toList();
            return new ParsedCalendar(calendar, events);
        } catch (IOException | ParserException e) {
            throw new AssertionError("ical4j cannot read the export: " + e.getMessage(), e);
        }
    }

    Event event(String uid) {
        return events.stream().filter(e -> e.uid().equals(uid)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid));
    }

    private static Event event(VEvent v) {
        List<VAlarm> alarms = v.getAlarms();
        Duration alarm = alarms.isEmpty() ? null
                : Duration.from(alarms.get(0).<net.fortuna.ical4j.model.property.Trigger>getProperty("TRIGGER").orElseThrow()
                        .getDuration());
        Property start = v.getProperty("DTSTART").orElseThrow();
        Optional<Property> end = v.getProperty("DTEND");
        return new Event(text(v, "UID"), Integer.parseInt(text(v, "SEQUENCE")), text(v, "SUMMARY"),
                text(v, "LOCATION"), text(v, "DESCRIPTION"), text(v, "CATEGORIES"),
                instant(start), zone(start), local(start),
                end.map(ParsedCalendar::instant).orElse(null), end.map(ParsedCalendar::zone).orElse(null),
                end.map(ParsedCalendar::local).orElse(null), alarm, text(v, IcsExport.HASH_PROPERTY));
    }

    private static String text(VEvent v, String name) {
        return v.getProperty(name).map(Property::getValue).orElse("");
    }

    private static Instant instant(Property p) {
        Temporal t = ((DateProperty<?>) p).getDate();
        return Instant.from(t);
    }

    /** The wall-clock time written in the file (in its TZID zone), or null for a UTC time. */
    private static LocalDateTime local(Property p) {
        Temporal t = ((DateProperty<?>) p).getDate();
        return p.getParameter("TZID").isPresent() ? LocalDateTime.from(t) : null;
    }

    private static String zone(Property p) {
        return p.getParameter("TZID").map(Parameter::getValue).orElseGet(() -> {
            if (!p.getValue().endsWith("Z")) {
                throw new AssertionError("floating time without TZID: " + p);
            }
            return "UTC";
        });
    }
}
