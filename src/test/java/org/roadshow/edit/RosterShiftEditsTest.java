package org.roadshow.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roadshow.SampleProjectBuilder.id;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roadshow.io.print.RosterFixtures;
import org.roadshow.model.Booth;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Trip;

class RosterShiftEditsTest {
    private static final UUID SAT_AM = id("fosdem:shift:sat-am");
    private static final UUID SAT_PM = id("fosdem:shift:sat-pm");

    private final Project project = RosterFixtures.project();
    private final Trip trip = RosterFixtures.trip(project);

    private static Shift shift(Project p, UUID id) {
        return (Shift) p.item(id).orElseThrow();
    }

    @Test
    void splittingGivesTwoHalvesWithTheSamePeopleAndRedoMakesTheSameShift() {
        UUID second = UUID.randomUUID();
        Edit split = RosterEdits.split(trip.id(), SAT_AM, second);
        Project once = split.apply(project);
        Shift first = shift(once, SAT_AM);
        Shift other = shift(once, second);
        Shift before = shift(project, SAT_AM);
        assertEquals(LocalDateTime.parse("2017-02-04T09:30"), first.start().time());
        assertEquals(LocalDateTime.parse("2017-02-04T10:45"), first.end().time(), "halfway through 09:30–12:00");
        assertEquals(first.end(), other.start());
        assertEquals(before.end(), other.end());
        assertEquals(before.people(), other.people());
        assertEquals(once, split.apply(project), "the same edit applied again (redo) gives the same project");
    }

    @Test
    void mergingJoinsTheNextShiftAndEveryoneOnBoth() {
        Project merged = RosterEdits.mergeWithNext(trip.id(), SAT_AM).apply(project);
        Shift joined = shift(merged, SAT_AM);
        assertEquals(shift(project, SAT_PM).end(), joined.end());
        assertTrue(merged.item(SAT_PM).isEmpty(), "the next shift is gone");
        List<UUID> everyone = new java.util.ArrayList<>(shift(project, SAT_AM).people());
        shift(project, SAT_PM).people().stream().filter(p -> !everyone.contains(p)).forEach(everyone::add);
        assertEquals(everyone, joined.people());
        UUID lastOfDay = id("fosdem:shift:sat-eve");
        Project p = project;
        assertThrows(IllegalArgumentException.class,
                () -> RosterEdits.mergeWithNext(trip.id(), lastOfDay).apply(p), "nothing follows the evening shift");
    }

    @Test
    void makingShiftsFollowsTheOpeningHoursAndKeepsPeopleOnShiftsWithTheSameTimes() {
        Booth booth = RosterFixtures.booth(trip).withShiftMinutes(150);
        Project withBooth = project.withTrip(trip.withItem(booth));
        Project made = RosterEdits.makeShifts(trip.id(), booth).apply(withBooth);
        List<Shift> shifts = RosterFixtures.trip(made).items(Shift.class).stream()
                .filter(s -> booth.id().equals(s.boothId())).toList();
        assertTrue(shifts.size() > 1, "shifts for every opening day");
        for (Shift s : shifts) {
            long minutes = java.time.Duration.between(s.start().instant(), s.end().instant()).toMinutes();
            assertTrue(minutes <= 150 + 75, s + " is about one shift length");
        }
        Shift kept = shift(made, SAT_AM);
        assertEquals(shift(project, SAT_AM).people(), kept.people(), "09:30–12:00 still exists, with its people");
    }
}
