package org.roadshow.io.ical;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.roadshow.plan.AgendaKind;

/**
 * The reminders an export writes: minutes before the start for each kind, or none for a kind that is
 * switched off. Immutable; start from {@link AlarmDefaults#alarms()} or {@link #none()}.
 */
public final class Alarms {
    /** A week: longer reminders are almost certainly a typo. */
    public static final int MAX_MINUTES = 7 * 24 * 60;

    private final Map<AgendaKind, Integer> minutes;

    private Alarms(Map<AgendaKind, Integer> minutes) {
        this.minutes = minutes;
    }

    public static Alarms none() {
        return new Alarms(new EnumMap<>(AgendaKind.class));
    }

    /** Minutes before the start of an entry of this kind, or empty when it gets no reminder. */
    public Optional<Integer> minutes(AgendaKind kind) {
        return Optional.ofNullable(minutes.get(kind));
    }

    public Alarms with(AgendaKind kind, int minutesBefore) {
        if (minutesBefore < 0 || minutesBefore > MAX_MINUTES) {
            throw new IllegalArgumentException("A reminder must be between 0 and " + MAX_MINUTES
                    + " minutes before the start, not " + minutesBefore);
        }
        EnumMap<AgendaKind, Integer> next = copy();
        next.put(kind, minutesBefore);
        return new Alarms(next);
    }

    public Alarms without(AgendaKind kind) {
        EnumMap<AgendaKind, Integer> next = copy();
        next.remove(kind);
        return new Alarms(next);
    }

    private EnumMap<AgendaKind, Integer> copy() {
        return minutes.isEmpty() ? new EnumMap<>(AgendaKind.class) : new EnumMap<>(minutes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Alarms other && other.minutes.equals(minutes);
    }

    @Override
    public int hashCode() {
        return minutes.hashCode();
    }

    @Override
    public String toString() {
        return "Alarms" + minutes;
    }
}
