package org.roadshow.plan.roster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roadshow.model.Shift;

/** The sentence that says why a shift stayed short: what keeps each other person of the team from it. */
final class FillReasons {
    static final String AT_MAXIMUM = "is already at their daily maximum";
    private static final int NAMED = 4;

    private FillReasons() {
    }

    static String why(RosterFill fill, Shift s) {
        if (fill.team().isEmpty()) {
            return "nobody is on the trip's team";
        }
        Map<UUID, String> reasons = new LinkedHashMap<>();
        List<String> free = new ArrayList<>();
        for (UUID p : fill.team()) {
            String r = fill.obstacle(p, s);
            if (r == null) {
                free.add(fill.project().personName(p));
            } else if (!r.equals("is on it")) {
                reasons.put(p, r);
            }
        }
        if (!free.isEmpty()) { // only when showing a roster as it is: a fill puts free people on
            return String.join(", ", free) + (free.size() == 1 ? " is" : " are") + " free for it";
        }
        if (reasons.isEmpty()) {
            return "everyone on the team is already on it";
        }
        if (reasons.values().stream().allMatch(AT_MAXIMUM::equals)) {
            List<Integer> limits = reasons.keySet().stream().map(fill::maxMinutesPerDay).distinct().toList();
            return "everyone free is already at " + (limits.size() == 1 ? hours(limits.get(0)) : "their daily maximum")
                    + " that day";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<UUID, String> e : reasons.entrySet()) {
            if (parts.size() == NAMED) {
                parts.add("and " + (reasons.size() - NAMED) + " more are busy");
                break;
            }
            String r = e.getValue().equals(AT_MAXIMUM) ? "is already at " + hours(fill.maxMinutesPerDay(e.getKey()))
                    + " that day" : e.getValue();
            parts.add(fill.project().personName(e.getKey()) + " " + r);
        }
        return String.join("; ", parts);
    }

    static String hours(int minutes) {
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
