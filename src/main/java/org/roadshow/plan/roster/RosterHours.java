package org.roadshow.plan.roster;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.roadshow.model.Shift;

/**
 * One person's booth duty in minutes per day and in all, for the roster's totals. A shift counts on the day
 * it starts, in its own zone.
 */
public record RosterHours(UUID person, Map<LocalDate, Integer> minutesByDay, int totalMinutes) {
    public RosterHours {
        minutesByDay = Collections.unmodifiableMap(new TreeMap<>(minutesByDay));
    }

    /** The totals of everyone in {@code team} (even at zero) and then of anyone else on the shifts. */
    public static List<RosterHours> of(List<Shift> shifts, List<UUID> team) {
        Map<UUID, Map<LocalDate, Integer>> byPerson = new LinkedHashMap<>();
        team.forEach(p -> byPerson.put(p, new TreeMap<>()));
        for (Shift s : shifts) {
            int minutes = (int) s.duration().toMinutes();
            for (UUID p : s.people()) {
                byPerson.computeIfAbsent(p, x -> new TreeMap<>()).merge(s.start().time().toLocalDate(), minutes,
                        Integer::sum);
            }
        }
        return byPerson.entrySet().stream().map(e -> new RosterHours(e.getKey(), e.getValue(),
                e.getValue().values().stream().mapToInt(Integer::intValue).sum())).toList();
    }

    public int minutesOn(LocalDate day) {
        return minutesByDay.getOrDefault(day, 0);
    }
}
