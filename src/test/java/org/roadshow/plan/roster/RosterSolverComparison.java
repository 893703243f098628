package org.roadshow.plan.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.roadshow.edit.RosterEdits;
import org.roadshow.model.Booth;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Trip;
import org.roadshow.plan.Conflict;
import org.roadshow.plan.Conflicts;

/**
 * What a booth lead would check of a fill, the same way for {@link RosterFill} and {@link TimefoldFill}: places
 * filled, places short of the minimum, spread of hours, conflicts and broken daily maximums created, long
 * back-to-back stretches; and the gap to the exact optimum of {@link FillOptimumTest}'s small cases.
 */
public final class RosterSolverComparison {
    /** A filler of one booth. */
    @FunctionalInterface
    public interface Filler {
        FillResult fill(Project project, Trip trip, Booth booth);
    }

    public static final Filler OURS = RosterFill::fill;

    /** The figures of a whole trip filled booth by booth. */
    public record Quality(int filled, int shortOfMinimum, int spreadMinutes, int conflictsCreated, int overDailyMaximum,
                          int longStretches) {
    }

    /** The gap to the optimum over the small cases. */
    public record Gap(int cases, int belowOptimumToMinimum, int fewerPlaces, int widerSpreadMinutes, int worstSpreadMinutes) {
    }

    private RosterSolverComparison() {
    }

    /** Fills every booth of the first trip in turn, as the Roster tab and RosterFillBench do; the project after. */
    public static Project fillAll(Project project, Filler filler) {
        Trip trip = project.trips().get(0);
        for (Booth booth : trip.items(Booth.class)) {
            Trip t = project.trip(trip.id()).orElseThrow();
            project = RosterEdits.fill(trip.id(), filler.fill(project, t, booth).shifts()).apply(project);
        }
        return project;
    }

    public static Quality quality(Project before, Project after) {
        Trip trip = after.trips().get(0);
        Project cleared = before;
        for (Booth b : trip.items(Booth.class)) {
            cleared = RosterEdits.clearUnpinned(trip.id(), b.id()).apply(cleared);
        }
        Set<String> made = keys(Conflicts.forTrip(after, trip));
        made.removeAll(keys(Conflicts.forTrip(cleared, cleared.trips().get(0))));
        List<Shift> shifts = trip.items(Shift.class);
        Map<UUID, Booth> booths = new HashMap<>();
        trip.items(Booth.class).forEach(b -> booths.put(b.id(), b));
        int filled = 0;
        int shortOf = 0;
        for (Shift s : shifts) {
            filled += s.people().size();
            shortOf += Math.max(0, booths.get(s.boothId()).minStaff() - s.people().size());
        }
        List<RosterHours> hours = RosterHours.of(shifts, trip.people());
        int spread = hours.stream().mapToInt(RosterHours::totalMinutes).max().orElse(0)
                - hours.stream().mapToInt(RosterHours::totalMinutes).min().orElse(0);
        int over = 0;
        for (RosterHours h : hours) {
            int max = trip.availabilityOf(h.person()).maxMinutesPerDay();
            for (Map.Entry<LocalDate, Integer> e : h.minutesByDay().entrySet()) {
                over += max > 0 && e.getValue() > max ? 1 : 0;
            }
        }
        return new Quality(filled, shortOf, spread, made.size(), over, longStretches(trip, shifts));
    }

    /** Stretches of back-to-back duty (any booth) longer than {@link RosterFill#LONG_STRETCH_MINUTES}. */
    private static int longStretches(Trip trip, List<Shift> shifts) {
        int count = 0;
        for (UUID p : trip.people()) {
            List<Shift> mine = new ArrayList<>(shifts.stream().filter(s -> s.people().contains(p)).toList());
            mine.sort(Comparator.comparing(s -> s.start().instant()));
            long start = -1;
            long end = -1;
            for (Shift s : mine) {
                long from = s.start().instant().getEpochSecond();
                long to = s.end().instant().getEpochSecond();
                if (from > end) {
                    count += end - start > 60L * RosterFill.LONG_STRETCH_MINUTES ? 1 : 0;
                    start = from;
                }
                end = Math.max(end, to);
            }
            count += end - start > 60L * RosterFill.LONG_STRETCH_MINUTES ? 1 : 0;
        }
        return count;
    }

    /** The filler against the exhaustive optimum on FillOptimumTest's 60 small cases. */
    public static Gap againstOptimum(Filler filler) {
        int cases = 0;
        int below = 0;
        int fewer = 0;
        int wider = 0;
        int worst = 0;
        for (long seed = 100; seed < 160; seed++) {
            Project project = FillOptimumTest.smallCase(seed);
            Trip trip = project.trips().get(0);
            Booth booth = trip.items(Booth.class).get(0);
            FillOptimumTest.Score got = FillOptimumTest.score(filler.fill(project, trip, booth).shifts(), trip.people(), booth);
            FillOptimumTest.Score best = FillOptimumTest.optimum(trip, booth, RosterFill.boothShifts(trip, booth));
            cases++;
            below += got.toMinimum() < best.toMinimum() ? 1 : 0;
            fewer += best.filled() - got.filled();
            wider += got.spread() - best.spread();
            worst = Math.max(worst, got.spread() - best.spread());
        }
        return new Gap(cases, below, fewer, wider, worst);
    }

    private static Set<String> keys(List<Conflict> conflicts) {
        Set<String> keys = new HashSet<>();
        conflicts.forEach(c -> keys.add(c.kind() + " " + c.people() + " " + c.items() + " " + c.from() + " " + c.until()));
        return keys;
    }
}
