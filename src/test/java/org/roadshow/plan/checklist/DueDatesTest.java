package org.roadshow.plan.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roadshow.edit.BlankItems;
import org.roadshow.edit.Edit;
import org.roadshow.edit.Edits;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Due;
import org.roadshow.model.Item;
import org.roadshow.model.Moment;
import org.roadshow.model.Project;
import org.roadshow.model.Talk;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.TravelMode;
import org.roadshow.model.Trip;

/** Resolving due dates: fixed, before the trip, and before an item that moves, across clock changes. */
class DueDatesTest {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final UUID TALK = UUID.randomUUID();
    private static final UUID FLIGHT = UUID.randomUUID();
    private static final UUID TRIP = UUID.randomUUID();

    /** A talk on Monday 30 March 2026, the day after Brussels moved to summer time, and a flight before it. */
    private static Trip trip(LocalDate talkDay) {
        Talk talk = BlankItems.talk(TALK, new Moment(talkDay.atTime(10, 0), BRUSSELS),
                new Moment(talkDay.atTime(10, 45), BRUSSELS)).withTitle("Live patching");
        TravelLeg flight = BlankItems.travel(FLIGHT, TravelMode.FLIGHT,
                new Moment(LocalDate.of(2026, 3, 27).atTime(16, 0), LOS_ANGELES),
                new Moment(LocalDate.of(2026, 3, 28).atTime(11, 30), BRUSSELS)).withFrom("LAX").withTo("BRU");
        return new Trip(TRIP, "FOSDEM", List.of(), List.<Item>of(talk, flight), List.of());
    }

    private static ResolvedDue resolve(Trip trip, Due due) {
        return DueDates.of(trip).resolve(due).orElseThrow();
    }

    @Test
    void beforeTheTripCountsFromItsFirstDay() {
        ResolvedDue due = resolve(trip(LocalDate.of(2026, 3, 30)), new Due.BeforeTrip(14));
        assertEquals(LocalDate.of(2026, 3, 13), due.date(), "the flight on 27 March is the first day");
        assertTrue(due.allDay());
        assertEquals("14 days before the trip: Fri 13 Mar 2026", due.sentence());
        assertEquals("1 day before the trip: Thu 26 Mar 2026", resolve(trip(LocalDate.of(2026, 3, 30)),
                new Due.BeforeTrip(1)).sentence());
        assertEquals("the trip's first day: Fri 27 Mar 2026", resolve(trip(LocalDate.of(2026, 3, 30)),
                new Due.BeforeTrip(0)).sentence());
    }

    @Test
    void theEveningBeforeTheTalkStaysAtSixInTheEveningAcrossTheClockChange() {
        Due evening = new Due.BeforeItem(TALK, 1, LocalTime.of(18, 0));
        ResolvedDue summer = resolve(trip(LocalDate.of(2026, 3, 30)), evening);
        assertEquals(ZonedDateTime.of(2026, 3, 29, 18, 0, 0, 0, BRUSSELS), summer.zoned().orElseThrow());
        assertEquals(Instant.parse("2026-03-29T16:00:00Z"), summer.zoned().orElseThrow().toInstant(), "CEST, +02:00");
        assertEquals("1 day before \u201cLive patching\u201d, at 18:00: Sun 29 Mar 2026 18:00 (Europe/Brussels)",
                summer.sentence());

        // the talk moves a week earlier, before the change: the due follows, still at 18:00 local time
        Trip moved = trip(LocalDate.of(2026, 3, 23));
        ResolvedDue winter = resolve(moved, evening);
        assertEquals(Instant.parse("2026-03-22T17:00:00Z"), winter.zoned().orElseThrow().toInstant(), "CET, +01:00");
        assertEquals(LocalTime.of(18, 0), winter.zoned().orElseThrow().toLocalTime());
    }

    @Test
    void aDueBeforeAnItemFollowsItWhenAnEditMovesIt() {
        Trip trip = trip(LocalDate.of(2026, 3, 30));
        ChecklistItem slides = BlankItems.checklistItem(UUID.randomUUID(), "Slides")
                .withDue(new Due.BeforeItem(TALK, 2, null)).withLinkedItem(TALK);
        Project project = new Project("P", List.of(), List.of(trip.withItem(slides)), null);
        assertEquals(LocalDate.of(2026, 3, 28), DueDates.resolve(project.trips().get(0), slides).orElseThrow().date());

        Talk talk = project.trips().get(0).items(Talk.class).get(0);
        Edit move = Edits.putItem(TRIP, talk.withStart(talk.start().withTime(LocalDate.of(2026, 4, 8).atTime(9, 0)))
                .withEnd(talk.end().withTime(LocalDate.of(2026, 4, 8).atTime(9, 45))));
        Project after = move.apply(project);
        assertEquals(LocalDate.of(2026, 4, 6), DueDates.resolve(after.trips().get(0), slides).orElseThrow().date());
    }

    @Test
    void aTimeSkippedBySpringForwardMovesForwardAsEveryMomentDoes() {
        // Sunday 29 March 2026 02:30 does not exist in Brussels
        ResolvedDue due = resolve(trip(LocalDate.of(2026, 3, 30)), new Due.BeforeItem(TALK, 1, LocalTime.of(2, 30)));
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), due.zoned().orElseThrow().toInstant());
        assertEquals(LocalTime.of(3, 30), due.zoned().orElseThrow().toLocalTime());
    }

    @Test
    void aDueBeforeAFlightIsInTheDepartureZone() {
        ResolvedDue due = resolve(trip(LocalDate.of(2026, 3, 30)), new Due.BeforeItem(FLIGHT, 0, LocalTime.of(12, 0)));
        assertEquals(ZonedDateTime.of(2026, 3, 27, 12, 0, 0, 0, LOS_ANGELES), due.zoned().orElseThrow());
        assertEquals("the day of \u201c" + trip(LocalDate.of(2026, 3, 30)).item(FLIGHT).orElseThrow().label()
                + "\u201d, at 12:00: Fri 27 Mar 2026 12:00 (America/Los_Angeles)", due.sentence());
    }

    @Test
    void whatCannotBeWorkedOutIsSaidInWords() {
        Trip empty = new Trip(TRIP, "Later", List.of(), List.of(), List.of());
        assertEquals(Optional.empty(), DueDates.of(empty).resolve(new Due.BeforeTrip(3)));
        assertEquals("3 days before the trip: the trip has no dates yet", DueDates.of(empty).describe(new Due.BeforeTrip(3)));
        assertEquals("before an item that is no longer in this trip",
                DueDates.of(empty).describe(new Due.BeforeItem(TALK, 1, null)));
        assertEquals("Fri 20 Jan 2017", DueDates.of(empty).describe(new Due.On(LocalDate.of(2017, 1, 20))));
    }

    @Test
    void lateMeansPastTheTimeOrPastTheDayWhereTheUserIs() {
        ResolvedDue evening = resolve(trip(LocalDate.of(2026, 3, 30)), new Due.BeforeItem(TALK, 1, LocalTime.of(18, 0)));
        assertFalse(evening.isLate(Instant.parse("2026-03-29T15:59:00Z"), BRUSSELS));
        assertTrue(evening.isLate(Instant.parse("2026-03-29T16:01:00Z"), LOS_ANGELES));
        ResolvedDue allDay = new ResolvedDue(LocalDate.of(2026, 3, 29), null, null, "");
        assertFalse(allDay.isLate(Instant.parse("2026-03-29T23:30:00Z"), LOS_ANGELES), "still the 29th in Los Angeles");
        assertTrue(allDay.isLate(Instant.parse("2026-03-29T23:30:00Z"), BRUSSELS), "already the 30th in Brussels");
    }
}
