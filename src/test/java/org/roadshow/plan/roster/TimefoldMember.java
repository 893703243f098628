package org.roadshow.plan.roster;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A team member as a Timefold planning value: their daily maximum and the duty they already have at other booths. */
public final class TimefoldMember {
    final UUID id;
    final int maxMinutesPerDay;
    final Map<LocalDate, Integer> elsewhereByDay;
    final int elsewhereTotal;

    TimefoldMember(UUID id, int maxMinutesPerDay, Map<LocalDate, Integer> elsewhereByDay) {
        this.id = id;
        this.maxMinutesPerDay = maxMinutesPerDay;
        this.elsewhereByDay = Map.copyOf(elsewhereByDay);
        this.elsewhereTotal = elsewhereByDay.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
        return id.toString();
    }
}
