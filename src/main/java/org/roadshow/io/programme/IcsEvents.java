package org.roadshow.io.programme;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;

/**
 * Turns ical4j VEVENTs into sessions: times from the property text and its TZID, recurrences expanded
 * within {@link ImportLimits}, overridden occurrences (RECURRENCE-ID) taking the place of the rule's.
 */
final class IcsEvents {
    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final String source;
    private final List<ImportWarning> warnings;
    private final List<ParsedSession> sessions = new ArrayList<>();
    private final Set<String> overridden = new HashSet<>();
    private final Map<String, ZoneId> zones = new LinkedHashMap<>();
    private final Set<ZoneId> zonesUsed = new LinkedHashSet<>();
    private int skipped;

    IcsEvents(String source, IcsLayout layout, List<ImportWarning> warnings) {
        this.source = source;
        this.warnings = warnings;
    }

    List<ParsedSession> sessions() {
        return sessions;
    }

    int skipped() {
        return skipped;
    }

    /** The zone when every event with a TZID uses the same one, else null. */
    ZoneId onlyZone() {
        return zonesUsed.size() == 1 ? zonesUsed.iterator().next() : null;
    }

    void add(Component event, int line) throws ProgrammeImportException {
        SessionDraft d = new SessionDraft();
        d.line = line;
        try {
            String uid = value(event, Property.UID);
            d.guid = uid;
            d.title = value(event, Property.SUMMARY);
            d.room = value(event, Property.LOCATION);
            d.track = firstCategory(value(event, Property.CATEGORIES));
            String url = value(event, Property.URL);
            if (!url.isBlank()) {
                d.links.add(url.strip());
            }
            description(value(event, Property.DESCRIPTION), d);
            if (value(event, Property.STATUS).equalsIgnoreCase("CANCELLED")) {
                warnings.add(new ImportWarning(line, "\"" + d.title.strip() + "\" is cancelled in the file: left out"));
                skipped++;
                return;
            }
            Optional<Property> start = event.getProperty(Property.DTSTART);
            if (start.isEmpty()) {
                throw new IllegalArgumentException("it has no DTSTART");
            }
            if (isDate(start.get())) {
                warnings.add(new ImportWarning(line, "\"" + d.title.strip() + "\" is an all-day entry, not a session: left out"));
                skipped++;
                return;
            }
            time(start.get(), d, line);
            d.end = end(event, d, line);
            String recurrenceId = value(event, Property.RECURRENCE_ID);
            String rule = value(event, Property.RRULE);
            if (!recurrenceId.isBlank()) {
                d.guid = occurrenceKey(uid, recurrenceId);
                sessions.add(d.build());
            } else if (rule.isBlank()) {
                sessions.add(d.build());
            } else {
                for (ParsedSession s : IcsRecurrence.expand(d, rule, exdates(event), line, warnings)) {
                    if (!overridden.contains(s.guid())) {
                        sessions.add(s);
                    }
                }
            }
            checkLimit();
        } catch (IllegalArgumentException | DateTimeException e) {
            warnings.add(new ImportWarning(line, "event " + PentabarfXmlParser.describe(d) + " skipped: " + e.getMessage()));
            skipped++;
        } catch (ProgrammeImportException e) {
            throw e;
        } catch (RuntimeException e) {
            warnings.add(new ImportWarning(line, "event " + PentabarfXmlParser.describe(d) + " skipped: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            skipped++;
        }
    }

    /** Notes an occurrence that an event with RECURRENCE-ID replaces, wherever it stands in the file. */
    void noteOverride(Component event) {
        String recurrenceId = value(event, Property.RECURRENCE_ID);
        if (!recurrenceId.isBlank()) {
            overridden.add(occurrenceKey(value(event, Property.UID), recurrenceId));
        }
    }

    private static String occurrenceKey(String uid, String recurrenceId) {
        String local = recurrenceId.strip();
        return uid + "/" + (local.endsWith("Z") ? local.substring(0, local.length() - 1) : local);
    }

    private void checkLimit() throws ProgrammeImportException {
        if (sessions.size() > ImportLimits.MAX_SESSIONS) {
            throw new ProgrammeImportException(source, -1, "the programme has more than " + ImportLimits.MAX_SESSIONS
                    + " sessions (counting repeats), more than Roadshow imports", null);
        }
    }

    private static String value(Component c, String name) {
        Optional<Property> p = c.getProperty(name);
        return p.map(Property::getValue).orElse("");
    }

    private static boolean isDate(Property p) {
        Optional<Parameter> type = p.getParameter(Parameter.VALUE);
        String v = p.getValue() == null ? "" : p.getValue().strip();
        return type.map(t -> t.getValue().equalsIgnoreCase("DATE")).orElse(false) || v.length() == 8;
    }

    /** Sets start, zone and offset from a DTSTART. */
    private void time(Property p, SessionDraft d, int line) {
        String v = p.getValue() == null ? "" : p.getValue().strip();
        boolean utc = v.endsWith("Z") || v.endsWith("z");
        try {
            d.start = LocalDateTime.parse(utc ? v.substring(0, v.length() - 1) : v, BASIC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + v + "\" is not a date and time (like 20200114T090000)");
        }
        if (utc) {
            d.offset = ZoneOffset.UTC;
            return;
        }
        Optional<Parameter> tzid = p.getParameter(Parameter.TZID);
        if (tzid.isPresent()) {
            d.zone = zone(tzid.get().getValue(), line);
            if (d.zone != null) {
                zonesUsed.add(d.zone);
            }
        }
    }

    private LocalDateTime end(Component event, SessionDraft d, int line) {
        Optional<Property> dtend = event.getProperty(Property.DTEND);
        if (dtend.isPresent() && !isDate(dtend.get())) {
            SessionDraft e = new SessionDraft();
            time(dtend.get(), e, line);
            // Bring the end into the start's frame: the same zone, offset or floating clock.
            if (e.zone != null && d.zone != null && !e.zone.equals(d.zone)) {
                return e.start.atZone(e.zone).withZoneSameInstant(d.zone).toLocalDateTime();
            }
            if (e.offset != null && d.zone != null) {
                return e.start.atOffset(e.offset).atZoneSameInstant(d.zone).toLocalDateTime();
            }
            if (e.zone != null && d.offset != null) {
                return e.start.atZone(e.zone).withZoneSameInstant(d.offset).toLocalDateTime();
            }
            return e.start;
        }
        String duration = value(event, Property.DURATION).strip();
        return duration.isEmpty() ? d.start : d.start.plus(duration(duration));
    }

    static Duration duration(String text) {
        String s = text.toUpperCase(java.util.Locale.ROOT);
        try {
            if (s.endsWith("W") && s.startsWith("P")) {
                return Duration.ofDays(7L * Integer.parseInt(s.substring(1, s.length() - 1)));
            }
            if (s.startsWith("P") && !s.contains("T")) {
                return Duration.ofDays(Period.parse(s).getDays());
            }
            return Duration.parse(s);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a duration (like PT45M)");
        }
    }

    /** An IANA zone for a TZID: as written, or the IANA name at the end of a path-like TZID. */
    ZoneId zone(String tzid, int line) {
        String id = tzid == null ? "" : tzid.strip().replace("\"", "");
        if (id.isEmpty()) {
            return null;
        }
        if (zones.containsKey(id)) {
            return zones.get(id);
        }
        ZoneId found = null;
        String[] parts = id.split("/");
        for (int from = 0; from < parts.length && found == null; from++) {
            String candidate = String.join("/", java.util.Arrays.copyOfRange(parts, from, parts.length));
            if (!candidate.isEmpty() && !candidate.startsWith("ical4j")) {
                try {
                    found = ZoneId.of(candidate);
                } catch (DateTimeException e) {
                    // try a shorter tail: "/mozilla.org/20050126_1/Europe/Brussels" ends with a real name
                }
            }
        }
        if (found == null) {
            warnings.add(new ImportWarning(line, "unknown time zone \"" + id + "\": its times are taken in the programme's zone"));
        }
        zones.put(id, found);
        return found;
    }

    private static Set<LocalDateTime> exdates(Component event) {
        Set<LocalDateTime> out = new HashSet<>();
        for (Property p : event.getPropertyList().getAll()) {
            if (!p.getName().equalsIgnoreCase(Property.EXDATE) || p.getValue() == null) {
                continue;
            }
            for (String v : p.getValue().split(",")) {
                String s = v.strip();
                if (s.endsWith("Z")) {
                    s = s.substring(0, s.length() - 1);
                }
                try {
                    out.add(LocalDateTime.parse(s, BASIC));
                } catch (DateTimeParseException ignored) {
                    // an EXDATE we cannot read excludes nothing
                }
            }
        }
        return out;
    }

    private static String firstCategory(String categories) {
        int comma = categories.indexOf(',');
        return (comma < 0 ? categories : categories.substring(0, comma)).strip();
    }

    /** "Speaker: A, B\nabstract" (linux.conf.au, Sched) gives the speakers and the abstract apart. */
    private static void description(String text, SessionDraft d) {
        String s = text == null ? "" : text.strip();
        String lower = s.length() > 10 ? s.substring(0, 10).toLowerCase(java.util.Locale.ROOT) : s.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("speaker")) {
            int colon = s.indexOf(':');
            int eol = s.indexOf('\n');
            if (colon > 0 && colon < 10 && (eol < 0 || colon < eol)) {
                String names = s.substring(colon + 1, eol < 0 ? s.length() : eol);
                for (String name : names.split(",| and ")) {
                    if (!name.isBlank()) {
                        d.speakers.add(name.strip());
                    }
                }
                s = eol < 0 ? "" : s.substring(eol + 1);
            }
        }
        d.abstractText = s;
    }
}
