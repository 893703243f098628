package org.roadshow.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.BlankItems;
import org.roadshow.model.Moment;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.TravelMode;
import org.roadshow.model.Trip;

/** Where people are over a trip, from their travel legs: zone changes, overnight flights, clock jumps. */
class WhereaboutsTest {
    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final ZoneId NY = ZoneId.of("America/New_York");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    private static Instant at(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    private static TravelLeg leg(String dep, ZoneId from, String arr, ZoneId to) {
        return BlankItems.travel(UUID.randomUUID(), TravelMode.FLIGHT, new Moment(LocalDateTime.parse(dep), from),
                new Moment(LocalDateTime.parse(arr), to));
    }

    @Test
    void kirillIsInMoscowThenInTransitThenInLosAngelesThenOnTheOvernightFlightToOrlando() {
        Project sample = SampleProjectBuilder.build();
        Trip trip = sample.trip(SampleProjectBuilder.SCALE_TRIP).orElseThrow();
        Person kirill = sample.person(SampleProjectBuilder.KIRILL).orElseThrow();
        Whereabouts w = Whereabouts.of(kirill, trip, at("2008-02-06T00:00", MOSCOW), at("2008-02-13T00:00", NY));

        assertEquals(MOSCOW, w.zoneAt(at("2008-02-07T09:00", MOSCOW)));
        assertEquals(MOSCOW, w.zoneAt(at("2008-02-07T12:00", MOSCOW)), "on the plane the clock is still Moscow's");
        assertEquals(LA, w.zoneAt(at("2008-02-07T17:00", LA)));
        assertEquals(LA, w.zoneAt(at("2008-02-10T23:30", LA)), "on the red-eye, still Los Angeles time");
        assertEquals(NY, w.zoneAt(at("2008-02-11T06:20", NY)), "Orlando from the moment it lands");
        assertEquals(NY, w.zoneAt(at("2008-02-12T10:00", NY)));

        List<Whereabouts.Stretch> s = w.stretches();
        assertEquals(List.of(MOSCOW, MOSCOW, LA, LA, NY, NY, NY), s.stream().map(Whereabouts.Stretch::zone).toList());
        assertTrue(s.get(1).inTransit() && s.get(1).arrivalZone().equals(LA));
        assertTrue(s.get(3).inTransit() && s.get(3).arrivalZone().equals(NY));
        for (int i = 1; i < s.size(); i++) {
            assertEquals(s.get(i - 1).until(), s.get(i).from(), "no gaps between stretches");
        }

        List<Whereabouts.ClockJump> jumps = w.jumps();
        assertEquals(2, jumps.size(), "Moscow to LA, LA to Orlando; Orlando to New York keeps the clock");
        assertEquals(Duration.ofHours(-11), jumps.get(0).shift());
        assertEquals(at("2008-02-07T16:45", LA), jumps.get(0).at());
        assertEquals(Duration.ofHours(3), jumps.get(1).shift());
        assertEquals(at("2008-02-11T06:20", NY), jumps.get(1).at(), "the overnight flight lands the next morning");
    }

    @Test
    void withoutTravelAPersonIsAtHomeAllAlongWithNoJumps() {
        Whereabouts w = Whereabouts.of(LONDON, List.of(), at("2017-02-03T00:00", LONDON), at("2017-02-06T00:00", LONDON));
        assertEquals(1, w.stretches().size());
        assertEquals(LONDON, w.stretches().get(0).zone());
        assertTrue(w.jumps().isEmpty());
    }

    @Test
    void withNoHomeZoneAndNoTravelNothingSaysWhere() {
        Whereabouts w = Whereabouts.of(null, List.of(), at("2017-02-03T00:00", LONDON), at("2017-02-04T00:00", LONDON));
        assertNull(w.zoneAt(at("2017-02-03T12:00", LONDON)));
    }

    @Test
    void beforeTheFirstLegThePersonIsWhereItDepartsEvenIfHomeIsElsewhere() {
        TravelLeg out = leg("2017-02-03T18:05", ZoneId.of("Europe/Berlin"), "2017-02-03T19:25", ZoneId.of("Europe/Brussels"));
        Whereabouts w = Whereabouts.of(LONDON, List.of(out), at("2017-02-03T00:00", LONDON), at("2017-02-05T00:00", LONDON));
        assertEquals(ZoneId.of("Europe/Berlin"), w.zoneAt(at("2017-02-03T12:00", LONDON)));
        assertTrue(w.jumps().isEmpty(), "Berlin and Brussels share an offset: no jump");
    }

    @Test
    void aZoneChangeWithTheSameOffsetIsNoJumpButStillAStretch() {
        TravelLeg hop = leg("2019-05-01T10:00", LONDON, "2019-05-01T12:30", LISBON);
        Whereabouts w = Whereabouts.of(LONDON, List.of(hop), at("2019-05-01T00:00", LONDON), at("2019-05-02T00:00", LONDON));
        assertTrue(w.jumps().isEmpty());
        assertEquals(LISBON, w.zoneAt(at("2019-05-01T13:00", LISBON)));
    }

    @Test
    void legsInAnyOrderAndOverlappingLegsStillGiveOrderedStretchesWithoutGaps() {
        TravelLeg second = leg("2008-02-11T18:10", NY, "2008-02-11T20:45", NY);
        TravelLeg first = leg("2008-02-10T22:35", LA, "2008-02-11T06:20", NY);
        TravelLeg early = leg("2008-02-11T05:00", NY, "2008-02-11T07:00", NY); // departs before the red-eye lands
        Whereabouts w = Whereabouts.of(LA, List.of(second, first, early), at("2008-02-10T00:00", LA),
                at("2008-02-12T00:00", NY));
        List<Whereabouts.Stretch> s = w.stretches();
        for (int i = 1; i < s.size(); i++) {
            assertEquals(s.get(i - 1).until(), s.get(i).from());
            assertTrue(s.get(i).from().isBefore(s.get(i).until()));
        }
        assertEquals(1, w.jumps().size());
    }

    @Test
    void jumpsOutsideTheWindowAreLeftOutButStillSetTheZone() {
        TravelLeg in = leg("2008-02-07T10:20", MOSCOW, "2008-02-07T16:45", LA);
        Whereabouts w = Whereabouts.of(MOSCOW, List.of(in), at("2008-02-09T00:00", LA), at("2008-02-10T00:00", LA));
        assertTrue(w.jumps().isEmpty());
        assertEquals(LA, w.zoneAt(at("2008-02-09T12:00", LA)));
    }
}
