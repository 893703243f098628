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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns VEVENTs into sessions: times from the property text and its TZID ({@link IcsZones}), recurrences
 * expanded within {@link ImportLimits}, overridden occurrences (RECURRENCE-ID) taking the place of the rule's.
 */
final class IcsEvents {
    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    static final String UNTITLED = "(no title)";

    private final String source;
    private final List<ImportWarning> warnings;
    private final List<ParsedSession> sessions = new ArrayList<>();
    private final Set<String> overridden = new HashSet<>();
    private final IcsZones zones;
    private final Set<ZoneId> zonesUsed = new LinkedHashSet<>();
    private int skipped;

    IcsEvents(String source, IcsZones zones, List<ImportWarning> warnings) {
        this.source = source;
        this.zones = zones;
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

    void add(IcsComponent event) throws ProgrammeImportException {
        SessionDraft d = new SessionDraft();
        int line = event.line;
        d.line = line;
        try {
            String uid = event.text("UID").strip();
            d.guid = uid;
            d.title = event.text("SUMMARY");
            if (d.title.isBlank()) {
                d.title = UNTITLED; // as calendar clients show it: an entry without a SUMMARY is still there
            }
            d.room = event.text("LOCATION");
            d.track = firstCategory(event.raw("CATEGORIES"));
            String url = event.text("URL");
            if (!url.isBlank()) {
                d.links.add(url.strip());
            }
            description(event.text("DESCRIPTION"), d);
            if (event.raw("STATUS").strip().equalsIgnoreCase("CANCELLED")) {
                warnings.add(new ImportWarning(line, "\"" + d.title.strip() + "\" is cancelled in the file: left out"));
                skipped++;
                return;
            }
            Optional<IcsComponent.Property> start = event.first("DTSTART");
            if (start.isEmpty()) {
                throw new IllegalArgumentException("it has no DTSTART");
            }
            if (isDate(start.get())) {
                warnings.add(new ImportWarning(line, "\"" + d.title.strip() + "\" is an all-day entry, not a session: left out"));
                skipped++;
                return;
            }
            time(start.get(), d);
            d.end = end(event, d);
            String recurrenceId = event.raw("RECURRENCE-ID").strip();
            String rule = event.raw("RRULE").replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
            if (!recurrenceId.isBlank()) {
                d.guid = occurrenceKey(uid, recurrenceId);
                sessions.add(d.build());
            } else if (rule.isBlank()) {
                sessions.add(d.build());
            } else {
                List<ParsedSession> occurrences;
                try {
                    occurrences = IcsRecurrence.expand(d, rule, exdates(event), line, warnings);
                } catch (RuntimeException badRule) { // ical4j refuses the rule: the event still happens once
                    warnings.add(new ImportWarning(line, "\"" + d.title.strip() + "\" repeats by a rule that cannot be read (" + rule
                            + "): only its first time is imported"));
                    occurrences = List.of(d.build());
                }
                for (ParsedSession s : occurrences) {
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
    void noteOverride(IcsComponent event) {
        String recurrenceId = event.raw("RECURRENCE-ID").strip();
        if (!recurrenceId.isBlank()) {
            overridden.add(occurrenceKey(event.text("UID").strip(), recurrenceId));
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

    private static boolean isDate(IcsComponent.Property p) {
        return p.param("VALUE").equalsIgnoreCase("DATE") || p.value().strip().length() == 8;
    }

    /** Sets start, zone and offset from a DTSTART. */
    private void time(IcsComponent.Property p, SessionDraft d) {
        String v = p.value().strip();
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
        Optional<IcsZones.Zone> zone = zones.resolve(p.param("TZID"), p.line());
        if (zone.isPresent() && zone.get().id() != null) {
            d.zone = zone.get().id();
            zonesUsed.add(d.zone);
        } else if (zone.isPresent()) {
            d.offset = zone.get().offsetAt(d.start); // the file's own VTIMEZONE: an exact offset
        }
    }

    private LocalDateTime end(IcsComponent event, SessionDraft d) {
        Optional<IcsComponent.Property> dtend = event.first("DTEND");
        if (dtend.isPresent() && !isDate(dtend.get())) {
            SessionDraft e = new SessionDraft();
            time(dtend.get(), e);
            // Bring the end into the start's frame (its zone or offset) when both are exact; else as written.
            if ((e.zone != null || e.offset != null) && (d.zone != null || d.offset != null)) {
                java.time.Instant at = e.zone != null ? e.start.atZone(e.zone).toInstant() : e.start.toInstant(e.offset);
                return d.zone != null ? LocalDateTime.ofInstant(at, d.zone) : LocalDateTime.ofInstant(at, d.offset);
            }
            return e.start;
        }
        String duration = event.raw("DURATION").strip();
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

    private static Set<LocalDateTime> exdates(IcsComponent event) {
        Set<LocalDateTime> out = new HashSet<>();
        for (IcsComponent.Property p : event.all("EXDATE")) {
            for (String v : p.value().split(",")) {
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

    /** The first of the comma-separated categories; an escaped comma stays inside its category. */
    private static String firstCategory(String categories) {
        int comma = -1;
        for (int i = 0; i < categories.length(); i++) {
            if (categories.charAt(i) == '\\') {
                i++;
            } else if (categories.charAt(i) == ',') {
                comma = i;
                break;
            }
        }
        return IcsComponent.unescape(comma < 0 ? categories : categories.substring(0, comma)).strip();
    }

    /** Resolves the calendar's X-WR-TIMEZONE like a TZID; null when it names no known zone. */
    ZoneId calendarZone(String name) {
        return zones.resolve(name, -1).map(IcsZones.Zone::id).orElse(null);
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
