package org.roadshow.io.programme;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.model.Recur;

/**
 * The offsets a file's own VTIMEZONE defines (Outlook's "(UTC+01:00) Amsterdam, Berlin…", custom ids),
 * for a TZID that names no known zone. The offset at a local time is the TZOFFSETTO of the observance
 * (STANDARD or DAYLIGHT) whose latest onset (DTSTART, its yearly RRULE or its RDATEs) is at or before
 * it; before every onset, the earliest observance's TZOFFSETFROM.
 */
final class VTimezoneRules {
    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private record Observance(LocalDateTime start, ZoneOffset from, ZoneOffset to, String rule, List<LocalDateTime> dates) {
    }

    private final List<Observance> observances;

    private VTimezoneRules(List<Observance> observances) {
        this.observances = observances;
    }

    /** The rules, or empty when the VTIMEZONE has no observance that can be read. */
    static Optional<VTimezoneRules> of(IcsComponent vtimezone) {
        List<Observance> out = new ArrayList<>();
        for (IcsComponent c : vtimezone.children) {
            if (!c.name.equals("STANDARD") && !c.name.equals("DAYLIGHT")) {
                continue;
            }
            try {
                LocalDateTime start = time(c.raw("DTSTART"));
                ZoneOffset from = offset(c.raw("TZOFFSETFROM"));
                ZoneOffset to = offset(c.raw("TZOFFSETTO"));
                List<LocalDateTime> dates = new ArrayList<>();
                for (IcsComponent.Property rdate : c.all("RDATE")) {
                    for (String v : rdate.value().split(",")) {
                        dates.add(time(v));
                    }
                }
                out.add(new Observance(start, from, to, c.raw("RRULE").strip().toUpperCase(Locale.ROOT), dates));
            } catch (RuntimeException unreadable) { // DateTimeException, bad offsets: this observance is left out
                continue;
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(new VTimezoneRules(out));
    }

    /** A local date-time, or a date (python-icalendar refuses those in a VTIMEZONE; its midnight is meant). */
    private static LocalDateTime time(String text) {
        String s = text.strip();
        return s.length() == 8 ? LocalDateTime.parse(s + "T000000", BASIC) : LocalDateTime.parse(s, BASIC);
    }

    private static ZoneOffset offset(String text) {
        String s = text.strip();
        if (s.length() == 5 || s.length() == 7) { // +0100, -023000
            s = s.substring(0, 3) + ":" + s.substring(3, 5) + (s.length() == 7 ? ":" + s.substring(5) : "");
        }
        return ZoneOffset.of(s);
    }

    ZoneOffset offsetAt(LocalDateTime local) {
        Observance best = null;
        LocalDateTime bestOnset = null;
        Observance earliest = null;
        for (Observance o : observances) {
            if (earliest == null || o.start().isBefore(earliest.start())) {
                earliest = o;
            }
            LocalDateTime onset = lastOnset(o, local);
            if (onset != null && (bestOnset == null || onset.isAfter(bestOnset))) {
                best = o;
                bestOnset = onset;
            }
        }
        return best != null ? best.to() : earliest.from();
    }

    /** The observance's last onset at or before {@code local}, or null. */
    private static LocalDateTime lastOnset(Observance o, LocalDateTime local) {
        LocalDateTime last = o.start().isAfter(local) ? null : o.start();
        for (LocalDateTime d : o.dates()) {
            if (!d.isAfter(local) && (last == null || d.isAfter(last))) {
                last = d;
            }
        }
        if (!o.rule().isEmpty() && !o.start().isAfter(local)) {
            try {
                // onsets of the year before and up to the time: a yearly rule has at most a couple there
                LocalDateTime from = local.minusYears(1).isAfter(o.start()) ? local.minusYears(1) : o.start();
                List<LocalDateTime> onsets = new Recur<LocalDateTime>(IcsRecurrence.stripUntilZone(o.rule())).getDates(o.start(), from, local.plusSeconds(1));
                for (LocalDateTime d : onsets) {
                    if (!d.isAfter(local) && (last == null || d.isAfter(last))) {
                        last = d;
                    }
                }
            } catch (RuntimeException badRule) { // a rule ical4j cannot read: the DTSTART and RDATEs stand
                return last;
            }
        }
        return last;
    }
}
