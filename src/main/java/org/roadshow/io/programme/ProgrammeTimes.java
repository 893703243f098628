package org.roadshow.io.programme;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The time notations of frab and Pentabarf files: "09:30", "00:25:00", "2019-12-27T11:00:00+01:00". */
final class ProgrammeTimes {
    private ProgrammeTimes() {
    }

    /** A clock time "H:MM" or "HH:MM[:SS]". */
    /** A header's time_zone_name: the zone, or null (with a warning when it names no real zone). */
    static ZoneId declaredZone(int line, String name, List<ImportWarning> warnings) {
        if (name.isEmpty()) {
            return null;
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            warnings.add(new ImportWarning(line, "unknown time zone \"" + name + "\": the zone is asked instead"));
            return null;
        }
    }

    /** A header's day_change: the clock time, or null (with a warning when it is not a time). */
    static LocalTime declaredDayChange(int line, String text, List<ImportWarning> warnings) {
        try {
            return text.isBlank() ? null : clock(text);
        } catch (IllegalArgumentException e) {
            warnings.add(new ImportWarning(line, "day_change " + e.getMessage() + ": ignored"));
            return null;
        }
    }

    static LocalTime clock(String text) {
        int[] parts = fields(text, "time");
        if (parts[0] > 23 || parts[1] > 59 || parts[2] > 59) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not a time of day (HH:MM)");
        }
        return LocalTime.of(parts[0], parts[1], parts[2]);
    }

    /** A duration "H:MM" or "HH:MM[:SS]"; hours may exceed 23. */
    static Duration duration(String text) {
        int[] parts = fields(text, "duration");
        if (parts[1] > 59 || parts[2] > 59 || parts[0] > 24 * 14) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not a duration (HH:MM)");
        }
        return Duration.ofHours(parts[0]).plusMinutes(parts[1]).plusSeconds(parts[2]);
    }

    private static int[] fields(String text, String what) {
        String s = text == null ? "" : text.strip();
        int[] out = new int[3];
        int field = 0;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' && digits < 4) {
                out[field] = out[field] * 10 + (c - '0');
                digits++;
            } else if (c == ':' && digits > 0 && field < 2) {
                field++;
                digits = 0;
            } else {
                throw bad(s, what);
            }
        }
        if (field == 0 || digits == 0) {
            throw bad(s, what);
        }
        return out;
    }

    private static IllegalArgumentException bad(String s, String what) {
        return new IllegalArgumentException("\"" + s + "\" is not a " + what + " (HH:MM)");
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not a date (YYYY-MM-DD)");
        }
    }

    /** A date-time with an offset, or a local one; sets start and offset on the draft. */
    static void dateTime(String text, SessionDraft draft) {
        String s = text.strip();
        try {
            if (s.length() > 19) {
                OffsetDateTime odt = OffsetDateTime.parse(s);
                draft.start = odt.toLocalDateTime();
                draft.offset = odt.getOffset();
            } else {
                draft.start = LocalDateTime.parse(s);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + s + "\" is not a date and time (like 2019-12-27T11:00:00+01:00)");
        }
    }

    /**
     * Sets the draft's start from the day's date and a clock time. frab's {@code day_change} says when a
     * conference day ends: a session that starts before it belongs to the next calendar day.
     */
    static void onDay(LocalDate day, String clock, LocalTime dayChange, SessionDraft draft) {
        LocalTime time = clock(clock);
        LocalDate date = dayChange != null && time.isBefore(dayChange) ? day.plusDays(1) : day;
        draft.start = LocalDateTime.of(date, time);
    }
}
