package org.roadshow.plan.roster;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** One shift as a Timefold problem fact: its times, staffing and who {@link PersonTime} says is busy then. */
public final class TimefoldSlot {
    final UUID shiftId;
    final long start;
    final long end;
    final LocalDate day;
    final int minutes;
    final int minStaff;
    final int places;
    final int stretchLimitSeconds;
    final Set<UUID> busy;

    TimefoldSlot(UUID shiftId, long start, long end, LocalDate day, int minStaff, int places, int stretchLimitMinutes,
                 Set<UUID> busy) {
        this.shiftId = shiftId;
        this.start = start;
        this.end = end;
        this.day = day;
        this.minutes = (int) ((end - start) / 60);
        this.minStaff = minStaff;
        this.places = places;
        this.stretchLimitSeconds = 60 * stretchLimitMinutes;
        this.busy = Set.copyOf(busy);
    }
}
