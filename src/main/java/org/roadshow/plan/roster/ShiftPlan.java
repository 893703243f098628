package org.roadshow.plan.roster;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roadshow.edit.BlankItems;
import org.roadshow.model.Booth;
import org.roadshow.model.Moment;
import org.roadshow.model.OpeningHours;
import org.roadshow.model.Shift;

/**
 * The shifts of a booth from its opening hours: each day from opening, one shift every shift length less the
 * hand-over overlap, the last ending at closing. A last shift shorter than half a shift is folded into the one
 * before it, so that nobody is rostered for a 20-minute stub. Times are in the booth's zone.
 */
public final class ShiftPlan {
    private ShiftPlan() {
    }

    /**
     * The booth's shifts for its opening hours, in time order. A shift of {@code existing} (of this booth) with
     * the same start and end is kept as it is, with its id and people; the others are left out.
     */
    public static List<Shift> generate(Booth booth, List<Shift> existing) {
        Map<String, Shift> kept = new HashMap<>();
        for (Shift s : existing) {
            if (booth.id().equals(s.boothId())) {
                kept.putIfAbsent(key(s.start(), s.end()), s);
            }
        }
        List<Shift> out = new ArrayList<>();
        for (OpeningHours day : booth.hours()) {
            for (LocalDateTime[] span : spans(day, booth.shiftMinutes(), booth.overlapMinutes())) {
                Moment start = new Moment(span[0], booth.zone());
                Moment end = new Moment(span[1], booth.zone());
                Shift same = kept.remove(key(start, end));
                out.add(same != null ? same : BlankItems.shift(UUID.randomUUID(), booth.id(), start, end));
            }
        }
        out.sort((a, b) -> a.start().compareTo(b.start()));
        return out;
    }

    /** Start and end of each shift of one day. */
    static List<LocalDateTime[]> spans(OpeningHours day, int length, int overlap) {
        LocalDateTime open = day.day().atTime(day.open());
        LocalDateTime close = day.day().atTime(day.close());
        List<LocalDateTime[]> spans = new ArrayList<>();
        LocalDateTime start = open;
        while (start.isBefore(close)) {
            LocalDateTime end = start.plusMinutes(length);
            if (!end.isBefore(close)) {
                end = close;
            }
            spans.add(new LocalDateTime[] {start, end});
            if (end.equals(close)) {
                break;
            }
            start = end.minusMinutes(overlap);
        }
        int n = spans.size();
        if (n > 1) {
            LocalDateTime[] last = spans.get(n - 1);
            if (java.time.Duration.between(last[0], last[1]).toMinutes() * 2 < length) {
                spans.remove(n - 1);
                spans.get(n - 2)[1] = close;
            }
        }
        return spans;
    }

    private static String key(Moment start, Moment end) {
        Instant from = start.instant();
        Instant to = end.instant();
        return from + "/" + to;
    }
}
