package org.roadshow.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.Booth;
import org.roadshow.model.Conference;
import org.roadshow.model.Item;
import org.roadshow.model.ItemKind;
import org.roadshow.model.OpeningHours;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.Timed;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.Trip;

class ItemFactoryTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC);
    private final ItemFactory factory = new ItemFactory(clock);
    private final Project sample = SampleProjectBuilder.build();
    private final Trip fosdem = sample.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow();
    private final Conference fosdemConference = fosdem.items(Conference.class).get(0);

    @Test
    void aTalkGoesOnTheFirstConferenceDayAtTenInTheConferenceZone() {
        Talk talk = (Talk) factory.create(ItemKind.TALK, fosdem, sample);
        assertEquals(LocalDateTime.of(2017, 2, 4, 10, 0), talk.start().time());
        assertEquals(LocalDateTime.of(2017, 2, 4, 10, 30), talk.end().time());
        assertEquals(ZoneId.of("Europe/Brussels"), talk.start().zone());
        assertEquals(fosdemConference.id(), talk.conferenceId());
    }

    @Test
    void aBoothOpensOnEachConferenceDay() {
        Booth booth = (Booth) factory.create(ItemKind.BOOTH, fosdem, sample);
        assertEquals(List.of(new OpeningHours(LocalDate.of(2017, 2, 4), LocalTime.of(9, 0), LocalTime.of(18, 0)),
                new OpeningHours(LocalDate.of(2017, 2, 5), LocalTime.of(9, 0), LocalTime.of(18, 0))), booth.hours());
        assertTrue(booth.minStaff() <= booth.maxStaff());
    }

    @Test
    void aShiftStartsWhenTheFirstBoothOpens() {
        Shift shift = (Shift) factory.create(ItemKind.SHIFT, fosdem, sample);
        Booth booth = fosdem.items(Booth.class).get(0);
        assertEquals(booth.id(), shift.boothId());
        assertEquals(LocalDateTime.of(2017, 2, 4, 9, 30), shift.start().time());
        assertEquals(booth.zone(), shift.start().zone());
    }

    @Test
    void aFlightArrivesTwoHoursAfterItLeavesWhateverTheZones() {
        Trip trip = Trip.create("West coast").withPeople(List.of(SampleProjectBuilder.DANA))
                .withItem(BlankItems.conference(java.util.UUID.randomUUID(), ZoneId.of("Europe/Berlin"),
                        LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 11)).withName("Conf").withCity("Berlin"));
        Project project = sample.withTrip(trip);
        TravelLeg leg = (TravelLeg) factory.create(ItemKind.TRAVEL, trip, project);
        assertEquals(ZoneId.of("America/New_York"), leg.departure().zone(), "from the traveller's home zone");
        assertEquals(ZoneId.of("Europe/Berlin"), leg.arrival().zone());
        assertEquals(LocalDateTime.of(2026, 6, 9, 10, 0), leg.departure().time());
        assertEquals(Duration.ofHours(2), leg.duration());
        assertEquals("Berlin", leg.to());
        assertEquals(List.of(SampleProjectBuilder.DANA), leg.travellers());
    }

    @Test
    void anEmptyTripUsesTodayAndTheTravellersHomeZone() {
        Person zoe = sample.person(SampleProjectBuilder.ZOE).orElseThrow();
        Trip empty = Trip.create("Somewhere").withPeople(List.of(zoe.id()));
        Talk talk = (Talk) factory.create(ItemKind.TALK, empty, sample.withTrip(empty));
        assertEquals(LocalDateTime.of(2026, 5, 1, 10, 0), talk.start().time());
        assertEquals(zoe.homeZone(), talk.start().zone());
    }

    @ParameterizedTest
    @EnumSource(ItemKind.class)
    void everyNewItemHasAFreshIdAndEndsAfterItStarts(ItemKind kind) {
        for (Trip trip : List.of(fosdem, Trip.create("Empty"))) {
            Item a = factory.create(kind, trip, sample);
            Item b = factory.create(kind, trip, sample);
            assertEquals(kind, a.kind());
            assertNotEquals(a.id(), b.id());
            if (a instanceof Timed t) {
                assertTrue(t.end().instant().isAfter(t.start().instant()), kind + " in " + trip.name());
            }
            if (a instanceof Conference c) {
                assertTrue(!c.lastDay().isBefore(c.firstDay()));
            }
        }
    }
}
