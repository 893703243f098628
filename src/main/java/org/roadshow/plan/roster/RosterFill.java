package org.roadshow.plan.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.roadshow.model.Booth;
import org.roadshow.model.Demo;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Trip;
import org.roadshow.plan.Commitment;
import org.roadshow.plan.Commitments;

/**
 * Auto-fill of one booth's shifts, deterministic (the same project gives the same roster). It keeps the
 * pinned people, takes everyone else off, then: (1) brings each shift up to its minimum staff, the shift with
 * the fewest free people first, each place to the free person with the fewest hours so far; (2) fills towards
 * the maximum, always giving the next place to the least-loaded person who is free for one; (3) moves places
 * from the most to the least loaded where that narrows the gap by more than nothing. Nobody is put where
 * {@link PersonTime} says they are busy, on two overlapping shifts, or over their daily maximum; a stretch of
 * back-to-back duty longer than {@link #LONG_STRETCH_MINUTES} (or the shift, if longer) is only made when no
 * one else can fill a place up to the minimum; people running a demo at this booth are preferred for the
 * shifts during it. Hours count all the person's duty in the trip, at every booth.
 */
public final class RosterFill {
    /** Back-to-back duty up to this long is fine; beyond it a person gets a break where the team allows. */
    public static final int LONG_STRETCH_MINUTES = 240;

    private final Project project;
    private final Booth booth;
    private final List<Shift> shifts;
    private final List<UUID> team;
    private final Map<UUID, PersonTime> time = new LinkedHashMap<>();
    private final Map<UUID, List<UUID>> on = new HashMap<>();
    private final Map<UUID, Integer> load = new HashMap<>();
    private final Map<UUID, Map<LocalDate, Integer>> daily = new HashMap<>();
    private final Map<UUID, Set<UUID>> demoPeople = new HashMap<>();
    private final Map<UUID, List<Shift>> assigned = new HashMap<>();
    /** Each shift's start and end instants and team positions, worked out once: the loops below ask often. */
    private final Map<Shift, Instant[]> spans = new IdentityHashMap<>();
    private final Map<UUID, Integer> rank = new HashMap<>();

    private RosterFill(Project project, Trip trip, Booth booth, boolean keepEveryone) {
        this.project = project;
        this.booth = booth;
        this.shifts = boothShifts(trip, booth);
        this.team = trip.people();
        for (int i = 0; i < team.size(); i++) {
            rank.putIfAbsent(team.get(i), i);
        }
        Map<UUID, List<Commitment>> own = Commitments.ownByPerson(trip);
        Map<UUID, List<Commitment>> starred = Commitments.starredByPerson(trip);
        for (UUID p : team) {
            time.put(p, PersonTime.of(p, trip, booth, own.getOrDefault(p, List.of()), starred.getOrDefault(p, List.of())));
            load.put(p, 0);
            daily.put(p, new HashMap<>());
            assigned.put(p, new ArrayList<>());
        }
        for (Shift s : trip.items(Shift.class)) { // duty at other booths counts towards hours
            if (!booth.id().equals(s.boothId())) {
                for (UUID p : s.people()) {
                    if (load.containsKey(p)) {
                        count(p, s, +1);
                    }
                }
            }
        }
        List<Demo> demos = trip.items(Demo.class).stream().filter(d -> booth.id().equals(d.linkedItem())).toList();
        for (Shift s : shifts) {
            Set<UUID> runners = new HashSet<>();
            demos.stream().filter(s::overlaps).forEach(d -> runners.addAll(d.people()));
            demoPeople.put(s.id(), runners);
            List<UUID> kept = new ArrayList<>();
            for (UUID p : s.people()) {
                if (keepEveryone || s.isPinned(p)) {
                    kept.add(p);
                    if (load.containsKey(p)) {
                        count(p, s, +1);
                        assigned.get(p).add(s);
                    }
                }
            }
            on.put(s.id(), kept);
        }
    }

    /** The booth's shifts filled fairly around everyone's commitments and availability; deterministic. */
    public static FillResult fill(Project project, Trip trip, Booth booth) {
        return new RosterFill(project, trip, booth, false).run();
    }

    /**
     * The booth's shifts as they are, and those short of their minimum with the reason (who is kept away by
     * what): the Roster tab's and the command line's report without filling.
     */
    public static FillResult check(Project project, Trip trip, Booth booth) {
        return new RosterFill(project, trip, booth, true).report();
    }

    /** The booth's shifts in time order. */
    static List<Shift> boothShifts(Trip trip, Booth booth) {
        return trip.items(Shift.class).stream().filter(s -> booth.id().equals(s.boothId()))
                .sorted(Comparator.comparing((Shift s) -> s.start().instant()).thenComparing(s -> s.end().instant())
                        .thenComparing(Shift::id)).toList();
    }

    private FillResult run() {
        toMinimum();
        towardsMaximum();
        balance();
        return report();
    }

    private FillResult report() {
        List<Shift> out = new ArrayList<>();
        List<Unfilled> unfilled = new ArrayList<>();
        for (Shift s : shifts) {
            List<UUID> people = on.get(s.id());
            out.add(s.withPeople(people).withPinned(s.pinned().stream().filter(people::contains).toList()));
            if (people.size() < booth.minStaff()) {
                unfilled.add(new Unfilled(s.id(), booth.minStaff() - people.size(), FillReasons.why(this, s)));
            }
        }
        return new FillResult(out, unfilled);
    }

    private void toMinimum() {
        Set<UUID> hopeless = new HashSet<>();
        while (true) {
            Shift pick = null;
            List<UUID> pickFree = null;
            for (Shift s : shifts) {
                if (on.get(s.id()).size() >= booth.minStaff() || hopeless.contains(s.id())) {
                    continue;
                }
                List<UUID> free = free(s);
                if (pick == null || free.size() < pickFree.size()) {
                    pick = s;
                    pickFree = free;
                }
            }
            if (pick == null) {
                return;
            }
            if (pickFree.isEmpty()) {
                hopeless.add(pick.id());
                continue;
            }
            Shift s = pick;
            UUID best = pickFree.stream().min(Comparator.comparing((UUID p) -> longStretch(p, s) ? 1 : 0)
                    .thenComparing(p -> demoPeople.get(s.id()).contains(p) ? 0 : 1)
                    .thenComparing(load::get).thenComparing(rank::get)).orElseThrow();
            put(best, s);
        }
    }

    private void towardsMaximum() {
        while (true) {
            UUID bestPerson = null;
            Shift bestShift = null;
            for (Shift s : shifts) {
                if (on.get(s.id()).size() >= booth.maxStaff()) {
                    continue;
                }
                for (UUID p : free(s)) {
                    if (!longStretch(p, s) && better(p, s, bestPerson, bestShift)) {
                        bestPerson = p;
                        bestShift = s;
                    }
                }
            }
            if (bestPerson == null) {
                return;
            }
            put(bestPerson, bestShift);
        }
    }

    /** Demo people first, then the fewest hours, then the emptiest shift, then time and team order. */
    private boolean better(UUID p, Shift s, UUID q, Shift t) {
        if (q == null) {
            return true;
        }
        int c = Boolean.compare(!demoPeople.get(s.id()).contains(p), !demoPeople.get(t.id()).contains(q));
        c = c != 0 ? c : Integer.compare(load.get(p), load.get(q));
        c = c != 0 ? c : Integer.compare(on.get(s.id()).size(), on.get(t.id()).size());
        c = c != 0 ? c : Integer.compare(rank.get(p), rank.get(q));
        return c < 0;
    }

    /** Moves a place from a person to one with fewer hours while that narrows the gap; ends: squares shrink. */
    private void balance() {
        boolean moved = true;
        for (int round = 0; moved && round < 1000; round++) {
            moved = false;
            for (Shift s : shifts) {
                int minutes = minutes(s);
                for (UUID p : List.copyOf(on.get(s.id()))) {
                    if (s.isPinned(p) || !load.containsKey(p) || demoPeople.get(s.id()).contains(p)) {
                        continue;
                    }
                    take(p, s);
                    UUID to = null;
                    for (UUID q : free(s)) {
                        if (!q.equals(p) && load.get(p) + minutes - load.get(q) > minutes && !longStretch(q, s)
                                && (to == null || load.get(q) < load.get(to))) {
                            to = q;
                        }
                    }
                    put(to != null ? to : p, s);
                    moved |= to != null;
                }
            }
        }
    }

    /** The team members free for the shift and under their daily maximum, in team order. */
    List<UUID> free(Shift s) {
        List<UUID> free = new ArrayList<>();
        for (UUID p : team) {
            if (obstacle(p, s) == null) {
                free.add(p);
            }
        }
        return free;
    }

    /** Why the person cannot take a place on the shift, or null. */
    String obstacle(UUID p, Shift s) {
        if (on.get(s.id()).contains(p)) {
            return "is on it";
        }
        Instant[] span = span(s);
        String busy = time.get(p).blocked(span[0], span[1]);
        if (busy != null) {
            return busy;
        }
        for (Shift other : assigned.get(p)) {
            Instant[] o = span(other);
            if (o[0].isBefore(span[1]) && span[0].isBefore(o[1])) {
                return "is on the shift before or after it";
            }
        }
        int max = time.get(p).maxMinutesPerDay;
        if (max > 0 && daily.get(p).getOrDefault(day(s), 0) + minutes(s) > max) {
            return FillReasons.AT_MAXIMUM;
        }
        return null;
    }

    /** Whether the shift would give the person back-to-back duty longer than allowed. */
    private boolean longStretch(UUID p, Shift s) {
        long start = span(s)[0].getEpochSecond();
        long end = span(s)[1].getEpochSecond();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Shift o : assigned.get(p)) {
                long os = span(o)[0].getEpochSecond();
                long oe = span(o)[1].getEpochSecond();
                if (os <= end && oe >= start && (os < start || oe > end)) {
                    start = Math.min(start, os);
                    end = Math.max(end, oe);
                    grew = true;
                }
            }
        }
        return (end - start) / 60 > Math.max(LONG_STRETCH_MINUTES, Math.max(booth.shiftMinutes(), minutes(s)));
    }

    private Instant[] span(Shift s) {
        return spans.computeIfAbsent(s, x -> new Instant[] {x.start().instant(), x.end().instant()});
    }

    private void put(UUID p, Shift s) {
        on.get(s.id()).add(p);
        assigned.get(p).add(s);
        count(p, s, +1);
    }

    private void take(UUID p, Shift s) {
        on.get(s.id()).remove(p);
        assigned.get(p).remove(s);
        count(p, s, -1);
    }

    private void count(UUID p, Shift s, int sign) {
        load.merge(p, sign * minutes(s), Integer::sum);
        daily.get(p).merge(day(s), sign * minutes(s), Integer::sum);
    }

    Project project() {
        return project;
    }

    List<UUID> team() {
        return team;
    }

    int maxMinutesPerDay(UUID p) {
        return time.get(p).maxMinutesPerDay;
    }

    static int minutes(Shift s) {
        return (int) s.duration().toMinutes();
    }

    static LocalDate day(Shift s) {
        return s.start().time().toLocalDate();
    }
}
