package org.roadshow.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roadshow.SampleProjectBuilder.DANA;
import static org.roadshow.SampleProjectBuilder.KIRILL;
import static org.roadshow.SampleProjectBuilder.LOS_ANGELES;
import static org.roadshow.SampleProjectBuilder.NEW_YORK;
import static org.roadshow.SampleProjectBuilder.ZOE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.BlankItems;
import org.roadshow.model.Booth;
import org.roadshow.model.Conference;
import org.roadshow.model.Item;
import org.roadshow.model.Meeting;
import org.roadshow.model.Moment;
import org.roadshow.model.OpeningHours;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.TravelBuffers;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.TravelMode;
import org.roadshow.model.Trip;

/** Every kind of conflict beyond plain overlaps, each with the sentence a planner reads, and its near misses. */
class ConflictKindsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final UUID BOOTH = UUID.nameUUIDFromBytes("booth".getBytes());
    private static final UUID CONFERENCE = UUID.nameUUIDFromBytes("conference".getBytes());

    private static Moment at(String time, ZoneId zone) {
        return new Moment(LocalDateTime.parse(time), zone);
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes());
    }

    /** The conflicts of a trip of Kirill and Dana holding these items, with these buffers. */
    private static List<Conflict> tripWith(TravelBuffers buffers, Item... items) {
        Trip trip = new Trip(id("trip"), "Florida", List.of(KIRILL, DANA), List.of(items), List.of(), buffers);
        Project project = SampleProjectBuilder.build().withTrip(trip);
        return Conflicts.forTrip(project, trip);
    }

    private static List<Conflict> tripWith(Item... items) {
        return tripWith(TravelBuffers.DEFAULTS, items);
    }

    private static List<String> messages(List<Conflict> conflicts) {
        return conflicts.stream().map(Conflict::message).toList();
    }

    private static List<ConflictKind> kinds(List<Conflict> conflicts) {
        return conflicts.stream().map(Conflict::kind).toList();
    }

    private static TravelLeg flight(String name, String dep, ZoneId depZone, String arr, ZoneId arrZone,
                                    UUID... travellers) {
        return BlankItems.travel(id(name), TravelMode.FLIGHT, at(dep, depZone), at(arr, arrZone)).withFrom("LAX")
                .withTo("MCO").withCarrier(name).withTravellers(List.of(travellers));
    }

    private static Meeting meeting(String title, String start, String end, ZoneId zone, UUID... people) {
        return BlankItems.meeting(id(title), at(start, zone), at(end, zone)).withTitle(title)
                .withPeople(List.of(people));
    }

    /** A Florida booth open 09:00–17:00 Eastern on 11 Feb 2008, wanting one or two people. */
    private static Booth booth() {
        return BlankItems.booth(BOOTH, NEW_YORK).withName("OpenVZ Florida").withConferenceId(CONFERENCE)
                .withHours(List.of(new OpeningHours(LocalDate.of(2008, 2, 11), LocalTime.of(9, 0), LocalTime.of(17, 0))))
                .withMinStaff(1).withMaxStaff(2);
    }

    private static Conference conference() {
        return BlankItems.conference(CONFERENCE, NEW_YORK, LocalDate.of(2008, 2, 11), LocalDate.of(2008, 2, 11))
                .withName("Florida Linux Show");
    }

    private static Shift shift(String name, String start, String end, UUID... people) {
        return BlankItems.shift(id(name), BOOTH, at(start, NEW_YORK), at(end, NEW_YORK)).withPeople(List.of(people));
    }

    @Test
    void theOvernightFlightFromLosAngelesAgainstAShiftInEasternTime() {
        TravelLeg redeye = flight("DL1574", "2008-02-10T22:35", LOS_ANGELES, "2008-02-11T06:20", NEW_YORK, KIRILL);
        Shift day = shift("day", "2008-02-11T09:00", "2008-02-11T17:00", DANA);
        // 22:35 in Los Angeles is 01:35 in Orlando: the flight lands at 06:20 Eastern, inside a 06:00 shift.
        List<Conflict> overlap = tripWith(conference(), booth(), redeye, day,
                shift("early", "2008-02-11T06:00", "2008-02-11T09:00", KIRILL));
        assertEquals(List.of(ConflictKind.OVERLAP, ConflictKind.OUTSIDE_OPENING_HOURS), kinds(overlap));
        assertEquals("Kirill Orlov has booth duty at OpenVZ Florida (Mon 11 Feb 06:00–09:00 New York time) during the "
                + "flight DL1574 from LAX to MCO (Sun 10 Feb 22:35 Los Angeles time → Mon 11 Feb 06:20 New York "
                + "time).", overlap.get(0).message());
        assertEquals(Duration.ofMinutes(20), overlap.get(0).length());
        assertEquals("Booth duty at OpenVZ Florida (Mon 11 Feb 06:00–09:00) is outside the booth's opening hours "
                + "(the booth is closed then).", overlap.get(1).message());

        // At 09:00 the shift is clear of the flight and of the hour after landing.
        assertEquals(List.of(), tripWith(conference(), booth(), redeye, day,
                shift("late", "2008-02-11T09:00", "2008-02-11T12:00", KIRILL)));
        // Moved to the meeting at 07:00, Kirill has 40 minutes after landing where the trip keeps 60.
        List<Conflict> soon = tripWith(conference(), booth(), redeye, day,
                meeting("Breakfast with the organisers", "2008-02-11T07:00", "2008-02-11T08:00", NEW_YORK, KIRILL));
        assertEquals(List.of("Kirill Orlov is at the meeting “Breakfast with the organisers” (Mon 11 Feb 07:00–08:00) "
                + "40 minutes after the flight DL1574 from LAX to MCO (Sun 10 Feb 22:35 Los Angeles time → Mon 11 Feb "
                + "06:20 New York time) lands; the trip keeps 60 minutes after landing."), messages(soon));
        Conflict c = soon.get(0);
        assertEquals(Severity.ERROR, c.severity());
        assertEquals(List.of(id("DL1574"), id("Breakfast with the organisers")), c.items());
        assertEquals(List.of(KIRILL), c.people());
        assertEquals(Instant.parse("2008-02-11T12:00:00Z"), c.from()); // 07:00 Eastern
        assertEquals(Duration.ofMinutes(20), c.length()); // until 07:20, an hour after landing
        // With 30 minutes kept after landing, 40 are enough.
        assertEquals(List.of(), tripWith(new TravelBuffers(30, 90, 15), conference(), booth(), redeye, day,
                meeting("Breakfast with the organisers", "2008-02-11T07:00", "2008-02-11T08:00", NEW_YORK, KIRILL)));
    }

    @Test
    void aFlightWantsNinetyMinutesBeforeItAndATrainFifteenOnEachSide() {
        TravelLeg out = flight("B6 1030", "2008-02-11T18:10", NEW_YORK, "2008-02-11T20:45", NEW_YORK, KIRILL);
        List<Conflict> close = tripWith(out, meeting("Wrap-up", "2008-02-11T16:00", "2008-02-11T17:00", NEW_YORK,
                KIRILL));
        assertEquals(List.of("Kirill Orlov is at the meeting “Wrap-up” (Mon 11 Feb 16:00–17:00) until 1 h 10 min "
                + "before the flight B6 1030 from LAX to MCO (Mon 11 Feb 18:10–20:45) departs; the trip keeps 90 "
                + "minutes before a flight."), messages(close));
        assertEquals(ConflictKind.TOO_CLOSE_BEFORE_TRAVEL, close.get(0).kind());
        assertEquals(List.of(), tripWith(out, meeting("Wrap-up", "2008-02-11T15:40", "2008-02-11T16:40", NEW_YORK,
                KIRILL)), "exactly 90 minutes is enough");

        TravelLeg train = BlankItems.travel(id("ICE"), TravelMode.TRAIN, at("2025-06-02T10:00", BERLIN),
                at("2025-06-02T12:00", BERLIN)).withFrom("Berlin").withTo("Hamburg").withTravellers(List.of(DANA));
        assertEquals(List.of(ConflictKind.TOO_CLOSE_BEFORE_TRAVEL, ConflictKind.TOO_SOON_AFTER_TRAVEL),
                kinds(tripWith(train, meeting("Coffee", "2025-06-02T09:00", "2025-06-02T09:50", BERLIN, DANA),
                        meeting("Lunch", "2025-06-02T12:10", "2025-06-02T13:00", BERLIN, DANA))));
        assertEquals(List.of(), tripWith(train, meeting("Coffee", "2025-06-02T09:00", "2025-06-02T09:45", BERLIN, DANA),
                meeting("Lunch", "2025-06-02T12:15", "2025-06-02T13:00", BERLIN, DANA)));
        // A connection is the carrier's business: no buffer between two legs.
        TravelLeg onward = BlankItems.travel(id("IC"), TravelMode.TRAIN, at("2025-06-02T12:05", BERLIN),
                at("2025-06-02T13:00", BERLIN)).withTravellers(List.of(DANA));
        assertEquals(List.of(), tripWith(train, onward));
    }

    @Test
    void aShiftBelowTheMinimumOrAboveTheMaximumCountsOnlyThePeopleOnTheTrip() {
        // Zoë is not on this trip: she does not count, and is on duty where she should not be.
        List<Conflict> under = tripWith(conference(), booth().withMinStaff(2).withMaxStaff(3),
                shift("day", "2008-02-11T09:00", "2008-02-11T17:00", DANA, ZOE));
        assertEquals(List.of(
                "Booth duty at OpenVZ Florida (Mon 11 Feb 09:00–17:00) has 1 person on it (Dana Whitfield); the booth "
                        + "needs at least 2 people (Zoë Müller is not on the trip).",
                "Zoë Müller has booth duty at OpenVZ Florida (Mon 11 Feb 09:00–17:00) but is not on the trip "
                        + "“Florida”."), messages(under));
        assertEquals(List.of(ConflictKind.UNDERSTAFFED, ConflictKind.NOT_ON_TRIP), kinds(under));
        assertEquals(List.of(id("day"), BOOTH), under.get(0).items());
        assertEquals(List.of(DANA), under.get(0).people());
        assertEquals(List.of(ZOE), under.get(1).people());

        List<Conflict> over = tripWith(conference(), booth().withMaxStaff(1),
                shift("day", "2008-02-11T09:00", "2008-02-11T17:00", DANA, KIRILL));
        assertEquals(List.of("Booth duty at OpenVZ Florida (Mon 11 Feb 09:00–17:00) has 2 people on it (Dana Whitfield "
                + "and Kirill Orlov); the booth takes at most 1 person."), messages(over));
        assertEquals(ConflictKind.OVERSTAFFED, over.get(0).kind());
        assertEquals(List.of(), tripWith(conference(), booth(),
                shift("day", "2008-02-11T09:00", "2008-02-11T17:00", DANA, KIRILL)), "two is within one to two");
    }

    @Test
    void openingHoursWithNobodyOnDutyAreAWarningForEachGap() {
        List<Conflict> gaps = tripWith(conference(), booth(),
                shift("morning", "2008-02-11T09:00", "2008-02-11T11:00", DANA),
                shift("midday", "2008-02-11T11:00", "2008-02-11T13:00", KIRILL),
                shift("empty", "2008-02-11T13:00", "2008-02-11T14:00").withBoothId(BOOTH),
                shift("late", "2008-02-11T15:30", "2008-02-11T16:30", DANA));
        assertEquals(List.of(ConflictKind.UNDERSTAFFED, ConflictKind.UNSTAFFED_HOURS, ConflictKind.UNSTAFFED_HOURS),
                kinds(gaps));
        assertEquals(List.of(
                "Booth duty at OpenVZ Florida (Mon 11 Feb 13:00–14:00) has nobody on it; the booth needs at least 1 "
                        + "person.",
                "Nobody is on duty at OpenVZ Florida (Mon 11 Feb 13:00–15:30) while the booth is open.",
                "Nobody is on duty at OpenVZ Florida (Mon 11 Feb 16:30–17:00) while the booth is open."),
                messages(gaps));
        assertEquals(Severity.WARNING, gaps.get(1).severity());
        assertEquals(List.of(BOOTH), gaps.get(1).items());
        assertEquals(List.of(), gaps.get(1).people());
    }

    @Test
    void aShiftPartlyOutsideTheHoursNamesTheClosedStretch() {
        List<Conflict> early = tripWith(conference(), booth(),
                shift("day", "2008-02-11T08:00", "2008-02-11T17:00", DANA));
        assertEquals(List.of("Booth duty at OpenVZ Florida (Mon 11 Feb 08:00–17:00) is outside the booth's opening "
                + "hours (closed Mon 11 Feb 08:00–09:00)."), messages(early));
        assertEquals(Duration.ofHours(1), early.get(0).length());
        assertEquals(List.of(DANA), early.get(0).people());
    }

    @Test
    void anOpeningDayOutsideTheConferenceIsAnError() {
        Booth booth = booth().withHours(List.of(
                new OpeningHours(LocalDate.of(2008, 2, 10), LocalTime.of(12, 0), LocalTime.of(13, 0)),
                new OpeningHours(LocalDate.of(2008, 2, 11), LocalTime.of(9, 0), LocalTime.of(17, 0))));
        List<Conflict> days = tripWith(conference(), booth,
                shift("sun", "2008-02-10T12:00", "2008-02-10T13:00", DANA),
                shift("day", "2008-02-11T09:00", "2008-02-11T17:00", DANA));
        assertEquals(List.of("The booth OpenVZ Florida opens on Sun 10 Feb, which is not a day of Florida Linux Show "
                + "(Mon 11 Feb)."), messages(days));
        assertEquals(List.of(BOOTH, CONFERENCE), days.get(0).items());
        assertEquals(ConflictKind.HOURS_OUTSIDE_CONFERENCE, days.get(0).kind());
    }

    @Test
    void aSpeakerOffTheTripIsNamedAndTheFormsOfBothItemsFindTheirConflicts() {
        Talk talk = BlankItems.talk(id("talk"), at("2008-02-11T11:00", NEW_YORK), at("2008-02-11T12:00", NEW_YORK))
                .withTitle("OpenVZ: containers for Linux").withSpeakers(List.of(ZOE));
        Trip trip = new Trip(id("trip"), "Florida", List.of(KIRILL, DANA), List.of(talk), List.of());
        Project project = SampleProjectBuilder.build().withTrip(trip);
        assertEquals(List.of("Zoë Müller gives the talk “OpenVZ: containers for Linux” (Mon 11 Feb 11:00–12:00) but is "
                + "not on the trip “Florida”."), messages(Conflicts.forItem(project, id("talk"))));
        assertEquals(1, Conflicts.forPerson(project, trip, ZOE).size());
        assertEquals(List.of(), Conflicts.forPerson(project, trip, KIRILL));
        assertTrue(Conflicts.forProject(project).stream().anyMatch(c -> c.kind() == ConflictKind.NOT_ON_TRIP));
    }

    @Test
    void noFalseAlarmsForBackToBackItemsOrTheSameClockInAnotherZone() {
        assertEquals(List.of(), tripWith(
                meeting("Brussels call", "2025-03-10T10:00", "2025-03-10T11:00", ZoneId.of("Europe/Brussels"), DANA),
                meeting("New York call", "2025-03-10T10:00", "2025-03-10T11:00", NEW_YORK, DANA),
                meeting("Next", "2025-03-10T11:00", "2025-03-10T12:00", NEW_YORK, DANA)));
    }
}
