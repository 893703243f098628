package org.roadshow.plan.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.RosterEdits;
import org.roadshow.model.Booth;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.TimeWindow;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.Trip;
import org.roadshow.plan.Conflict;
import org.roadshow.plan.ConflictKind;
import org.roadshow.plan.Conflicts;

/** Auto-fill on the sample and on seeded generated teams, checked against the conflict service. */
class RosterFillTest {
    @Test
    void theSampleBoothIsFilledWithoutConflictsAndTheSameTwice() {
        Project sample = SampleProjectBuilder.build();
        for (Trip trip : sample.trips()) {
            for (Booth booth : trip.items(Booth.class)) {
                checkFill(sample, trip, booth);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void generatedTeamsAreFilledWithoutConflictsAroundWhatEveryoneSaid(long seed) {
        Project project = GeneratedTeams.project(seed, 2, 3, 3 + (int) (seed % 8), 0.6);
        Trip trip = project.trips().get(0);
        for (Booth booth : trip.items(Booth.class)) {
            checkFill(project, trip, booth);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23, 24, 25, 26})
    void hoursOfAFreeTeamAreWithinOneShiftOfEachOther(long seed) {
        Project project = GeneratedTeams.project(seed, 1, 4, 4 + (int) (seed % 5), 0);
        Trip trip = project.trips().get(0);
        Booth booth = trip.items(Booth.class).get(0).withMaxStaff(2);
        trip = trip.withItem(booth);
        FillResult result = RosterFill.fill(project, trip, booth);
        assertEquals(List.of(), result.unfilled(), "a free team fills every place");
        List<Integer> totals = RosterHours.of(result.shifts(), trip.people()).stream()
                .map(RosterHours::totalMinutes).toList();
        int spread = totals.stream().max(Integer::compare).orElseThrow() - totals.stream().min(Integer::compare).orElseThrow();
        assertTrue(spread <= booth.shiftMinutes(), "spread " + spread + " min over " + totals);
        long full = result.shifts().stream().filter(s -> s.people().size() == 2).count();
        assertTrue(full * 4 >= result.shifts().size() * 3, "most shifts up to the maximum (the rest would mean "
                + "more than " + RosterFill.LONG_STRETCH_MINUTES + " minutes on end): " + full + " of " + result.shifts().size());
    }

    @Test
    void aShiftNobodyCanTakeSaysWhy() {
        Project project = GeneratedTeams.project(40, 1, 1, 2, 0);
        Trip trip = project.trips().get(0);
        Booth booth = trip.items(Booth.class).get(0).withMinStaff(1);
        List<UUID> team = trip.people();
        Shift first = RosterFill.boothShifts(trip, booth).get(0);
        trip = trip.withItem(booth).withAvailabilityOf(trip.availabilityOf(team.get(0)).withUnavailable(
                        List.of(new TimeWindow(first.start(), first.end(), "dentist"))))
                .withAvailabilityOf(trip.availabilityOf(team.get(1)).withMaxMinutesPerDay(60));
        FillResult result = RosterFill.fill(project.withTrip(trip), trip, booth);
        Unfilled empty = result.unfilled().stream().filter(u -> u.shiftId().equals(first.id())).findFirst().orElseThrow();
        assertEquals(1, empty.missing());
        assertEquals("Person 0 is unavailable (dentist); Person 1 is already at 1 h that day", empty.reason());
        Trip capped = trip.withAvailabilityOf(trip.availabilityOf(team.get(0)).withUnavailable(List.of())
                .withMaxMinutesPerDay(60));
        Project cappedProject = project.withTrip(capped);
        FillResult all = RosterFill.fill(cappedProject, capped, booth);
        assertTrue(all.unfilled().stream().anyMatch(u -> u.reason().equals("everyone free is already at 1 h that day")),
                all.unfilled().toString());
    }

    /** Fills, applies the fill as one edit, and checks what a booth lead would. */
    private static void checkFill(Project project, Trip trip, Booth booth) {
        FillResult result = RosterFill.fill(project, trip, booth);
        assertEquals(result, RosterFill.fill(project, trip, booth), "the same result twice");
        Project cleared = RosterEdits.clearUnpinned(trip.id(), booth.id()).apply(project);
        Project filled = RosterEdits.fill(trip.id(), result.shifts()).apply(project);
        Trip after = filled.trip(trip.id()).orElseThrow();
        Set<String> before = keys(Conflicts.forTrip(cleared, cleared.trip(trip.id()).orElseThrow()));
        Set<String> now = keys(Conflicts.forTrip(filled, after));
        now.removeAll(before);
        assertEquals(Set.of(), now, "conflicts the fill made at " + booth.name());
        Map<UUID, Shift> old = new HashMap<>();
        RosterFill.boothShifts(trip, booth).forEach(s -> old.put(s.id(), s));
        Map<UUID, Map<LocalDate, Integer>> daily = new HashMap<>();
        for (Shift s : after.items(Shift.class)) {
            for (UUID p : s.people()) {
                daily.computeIfAbsent(p, x -> new HashMap<>()).merge(RosterFill.day(s), RosterFill.minutes(s), Integer::sum);
            }
        }
        Set<UUID> shortShifts = result.unfilled().stream().map(Unfilled::shiftId).collect(Collectors.toSet());
        for (Shift s : result.shifts()) {
            assertTrue(s.people().containsAll(old.get(s.id()).pinned()), "pinned people kept on " + s.label());
            assertTrue(s.people().size() <= Math.max(booth.maxStaff(), old.get(s.id()).pinned().size()), s.label());
            for (UUID p : s.people()) {
                if (!old.get(s.id()).isPinned(p)) {
                    assertFalse(unavailable(after, p, s), project.personName(p) + " said they are away at " + s.label());
                    int max = after.availabilityOf(p).maxMinutesPerDay();
                    assertTrue(max == 0 || daily.get(p).get(RosterFill.day(s)) <= max, "daily maximum of " + p);
                }
            }
            if (s.people().size() < booth.minStaff()) {
                assertTrue(shortShifts.contains(s.id()), "a short shift is reported: " + s.label());
                for (UUID p : after.people()) {
                    assertTrue(s.people().contains(p) || cannotTake(filled, after, p, s, daily),
                            project.personName(p) + " was free for the short shift " + s.label());
                }
            }
        }
        result.unfilled().forEach(u -> assertFalse(u.reason().isBlank(), "a reason for " + u));
    }

    /** Independently of the fill: putting the person on the shift would clash, break a limit or a travel buffer. */
    private static boolean cannotTake(Project project, Trip trip, UUID p, Shift s, Map<UUID, Map<LocalDate, Integer>> daily) {
        Trip with = trip.withItem(s.withPeople(append(s.people(), p)));
        Project withProject = project.withTrip(with);
        if (Conflicts.forPerson(withProject, with, p).size() > Conflicts.forPerson(project, trip, p).size()) {
            return true;
        }
        int max = trip.availabilityOf(p).maxMinutesPerDay();
        int today = daily.getOrDefault(p, Map.of()).getOrDefault(RosterFill.day(s), 0);
        if (max > 0 && today + RosterFill.minutes(s) > max) {
            return true;
        }
        if (unavailable(trip, p, s)) {
            return true;
        }
        List<TravelLeg> legs = new ArrayList<>(trip.items(TravelLeg.class).stream()
                .filter(l -> l.travellers().contains(p)).toList());
        legs.sort((a, b) -> a.departure().compareTo(b.departure()));
        Instant from = s.start().instant();
        Instant to = s.end().instant();
        for (TravelLeg l : legs) {
            Instant buffered = l.arrival().instant().plusSeconds(3600);
            if (from.isBefore(buffered) && to.isAfter(l.departure().instant().minusSeconds(5400))) {
                return true;
            }
        }
        return legs.size() >= 2 && (from.isBefore(legs.get(0).arrival().instant())
                || to.isAfter(legs.get(legs.size() - 1).departure().instant()));
    }

    private static boolean unavailable(Trip trip, UUID p, Shift s) {
        return trip.availabilityOf(p).unavailable().stream().anyMatch(w -> w.overlaps(s.start(), s.end()));
    }

    private static List<UUID> append(List<UUID> list, UUID p) {
        List<UUID> out = new ArrayList<>(list);
        out.add(p);
        return out;
    }

    private static Set<String> keys(List<Conflict> conflicts) {
        Set<String> keys = new HashSet<>();
        // Staffing conflicts change their people as a fill adds staff; whether places are filled is checked apart.
        conflicts.stream().filter(c -> c.kind() != ConflictKind.UNDERSTAFFED && c.kind() != ConflictKind.UNSTAFFED_HOURS)
                .forEach(c -> keys.add(c.kind() + " " + c.people() + " " + c.items() + " " + c.from()));
        return keys;
    }
}
