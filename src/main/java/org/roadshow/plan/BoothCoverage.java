package org.roadshow.plan;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.roadshow.model.Booth;
import org.roadshow.model.OpeningHours;
import org.roadshow.model.Shift;
import org.roadshow.model.Trip;

/**
 * How well a booth is staffed while it is open: its opening hours cut where shifts start and end, each
 * piece with the number of different people on duty against the booth's minimum. Only people on the trip
 * count, as in the conflict check.
 */
public final class BoothCoverage {
    /** A stretch of opening hours with {@code staffed} people on duty. */
    public record Span(Instant from, Instant until, int staffed, int min, int max) {
        public boolean understaffed() {
            return staffed < min;
        }

        public boolean overstaffed() {
            return max > 0 && staffed > max;
        }
    }

    private BoothCoverage() {
    }

    /** The booth's opening hours in time order, each cut into spans of equal staffing. */
    public static List<Span> of(Booth booth, Trip trip) {
        List<Shift> shifts = trip.items(Shift.class).stream().filter(s -> booth.id().equals(s.boothId())).toList();
        List<Span> out = new ArrayList<>();
        List<OpeningHours> hours = new ArrayList<>(booth.hours());
        hours.sort((a, b) -> a.day().atTime(a.open()).compareTo(b.day().atTime(b.open())));
        for (OpeningHours h : hours) {
            Instant open = ZonedDateTime.of(h.day(), h.open(), booth.zone()).toInstant();
            Instant close = ZonedDateTime.of(h.day(), h.close(), booth.zone()).toInstant();
            if (!open.isBefore(close)) {
                continue; // closing at or before opening: the conflict check reports it; nothing to shade
            }
            TreeSet<Instant> cuts = new TreeSet<>(List.of(open, close));
            for (Shift s : shifts) {
                for (Instant t : List.of(s.start().instant(), s.end().instant())) {
                    if (t.isAfter(open) && t.isBefore(close)) {
                        cuts.add(t);
                    }
                }
            }
            Instant previous = null;
            for (Instant cut : cuts) {
                if (previous != null) {
                    out.add(span(previous, cut, shifts, trip, booth));
                }
                previous = cut;
            }
        }
        return merged(out);
    }

    private static Span span(Instant from, Instant until, List<Shift> shifts, Trip trip, Booth booth) {
        Map<UUID, Boolean> onDuty = new HashMap<>();
        for (Shift s : shifts) {
            if (s.start().instant().isBefore(until) && from.isBefore(s.end().instant())) {
                for (UUID p : s.people()) {
                    if (trip.people().contains(p)) {
                        onDuty.put(p, true);
                    }
                }
            }
        }
        return new Span(from, until, onDuty.size(), booth.minStaff(), booth.maxStaff());
    }

    /** Joins neighbours with the same staffing, so a shaded gap is drawn as one piece. */
    private static List<Span> merged(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.until().equals(s.from()) && last.staffed() == s.staffed()) {
                out.set(out.size() - 1, new Span(last.from(), s.until(), s.staffed(), s.min(), s.max()));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
