package org.roadshow.ui.calendar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.roadshow.model.Moment;

/**
 * The clock the calendar shows: each item's own local time (where it happens) when {@code zone} is null, or
 * every item converted to one zone (a person's home, or any zone). The calendar lays entries out as wall
 * times in {@link #frame()}; a drag is turned back into moments by {@link #shift}.
 */
public record DisplayClock(String label, ZoneId zone) {
    public static final DisplayClock LOCAL = new DisplayClock("Where things happen", null);

    public static DisplayClock of(ZoneId zone) {
        return new DisplayClock(zone.getId().replace('_', ' '), zone);
    }

    public boolean local() {
        return zone == null;
    }

    /**
     * The zone the calendar control works in. Local times go in UTC, which has no clock changes, so that a
     * wall time skipped by summer time in some zone is still drawn where it says.
     */
    public ZoneId frame() {
        return zone == null ? ZoneOffset.UTC : zone;
    }

    /** The wall time at which the moment is drawn. */
    public LocalDateTime toDisplay(Moment m) {
        return zone == null ? m.time() : m.instant().atZone(zone).toLocalDateTime();
    }

    /** The moment in {@code itemZone} drawn at {@code shown}. */
    public Moment fromDisplay(LocalDateTime shown, ZoneId itemZone) {
        if (zone == null) {
            return new Moment(shown, itemZone);
        }
        return new Moment(shown.atZone(zone).withZoneSameInstant(itemZone).toLocalDateTime(), itemZone);
    }

    /**
     * The moment moved as its entry moved from {@code before} to {@code after} on this clock, in its own zone:
     * local wall time moves by the wall-time difference, a converted one by the real time between the two.
     */
    public Moment shift(Moment m, LocalDateTime before, LocalDateTime after) {
        if (before.equals(after)) {
            return m;
        }
        if (zone == null) {
            return new Moment(m.time().plus(Duration.between(before, after)), m.zone());
        }
        Duration d = Duration.between(before.atZone(zone), after.atZone(zone));
        return new Moment(m.instant().plus(d).atZone(m.zone()).toLocalDateTime(), m.zone());
    }

    @Override
    public String toString() {
        return label;
    }
}
