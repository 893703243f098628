package org.roadshow.plan.checklist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A due date worked out for today's project: the day, and for a due "before an item at a time" also the
 * time of day in the anchor's zone (a date-only due has neither time nor zone). {@code sentence} says it in
 * words, e.g. "14 days before the trip: Sun 17 Jan 2027".
 */
public record ResolvedDue(LocalDate date, LocalTime time, ZoneId zone, String sentence) {
    public boolean allDay() {
        return time == null;
    }

    /** The moment it is due; empty for a date-only due. A time skipped by a clock change moves forward. */
    public Optional<ZonedDateTime> zoned() {
        return time == null || zone == null ? Optional.empty() : Optional.of(ZonedDateTime.of(date, time, zone));
    }

    /** Past due at {@code now}: a date-only due once its day is over where the user is ({@code here}). */
    public boolean isLate(Instant now, ZoneId here) {
        Optional<ZonedDateTime> at = zoned();
        return at.isPresent() ? at.get().toInstant().isBefore(now) : date.isBefore(LocalDate.ofInstant(now, here));
    }
}
