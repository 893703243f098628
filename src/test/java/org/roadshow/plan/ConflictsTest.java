package org.roadshow.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.roadshow.SampleProjectBuilder.FOSDEM_TRIP;
import static org.roadshow.SampleProjectBuilder.KIRILL;
import static org.roadshow.SampleProjectBuilder.LENA;
import static org.roadshow.SampleProjectBuilder.RAVI;
import static org.roadshow.SampleProjectBuilder.SCALE_TRIP;
import static org.roadshow.SampleProjectBuilder.ZOE;
import static org.roadshow.SampleProjectBuilder.id;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.io.ical.SampleWithProgramme;
import org.roadshow.model.Item;
import org.roadshow.model.Meeting;
import org.roadshow.model.Moment;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.TravelMode;
import org.roadshow.model.Trip;

class ConflictsTest {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Trip trip(Project project, UUID id) {
        return project.trip(id).orElseThrow();
    }

    private static List<String> messages(List<Conflict> conflicts) {
        return conflicts.stream().map(Conflict::message).toList();
    }

    private static Moment at(String time, ZoneId zone) {
        return new Moment(LocalDateTime.parse(time), zone);
    }

    private static Meeting meeting(String title, String start, String end, ZoneId zone) {
        return new Meeting(UUID.nameUUIDFromBytes(title.getBytes()), title, "", at(start, zone), at(end, zone),
                List.of(ZOE), "", "");
    }

    /** Zoë's conflicts with only these items in a trip. */
    private static List<Conflict> zoeWith(Item... items) {
        Project project = SampleProjectBuilder.build();
        Trip trip = new Trip(UUID.randomUUID(), "Test", List.of(ZOE), List.of(items), List.of());
        return Conflicts.forPerson(project.withTrip(trip), trip, ZOE);
    }

    @Test
    void theSampleHasTheTwoDoubleBookingsAPlannerWouldSpot() {
        Project sample = SampleProjectBuilder.build();
        List<Conflict> fosdem = Conflicts.forTrip(sample, trip(sample, FOSDEM_TRIP));
        assertEquals(List.of(
                "Ravi Iyer gives the talk “Live patching the Xen Project hypervisor” (Sat 4 Feb 11:30–11:55) during "
                        + "booth duty at Xen Project (Sat 4 Feb 09:30–12:00).",
                "Lena Hartmann has booth duty at Xen Project (Sat 4 Feb 12:00–18:00) during the talk “Mixed License "
                        + "FOSS Projects” (Sat 4 Feb 11:35–12:20).",
                "Booth duty at Xen Project (Sun 5 Feb 13:00–17:00) has 1 person on it (Lena Hartmann); the booth needs "
                        + "at least 2 people."), messages(fosdem));
        Conflict lena = fosdem.get(1);
        assertEquals(ConflictKind.OVERLAP, lena.kind());
        assertEquals(Severity.ERROR, lena.severity());
        assertEquals(List.of(LENA), lena.people());
        assertEquals(List.of(id("fosdem:talk:license"), id("fosdem:shift:sat-pm")), lena.items());
        assertEquals(Instant.parse("2017-02-04T11:00:00Z"), lena.from()); // 12:00 in Brussels
        assertEquals(Duration.ofMinutes(20), lena.length());
        // Zoë's back-to-back shifts and her demo at the booth during her duty there are no clash.
        assertEquals(List.of(), Conflicts.forPerson(sample, trip(sample, FOSDEM_TRIP), ZOE));
        // SCALE: nobody on the Sunday afternoon shift (the booth needs one), so the booth stands empty then.
        assertEquals(List.of(
                "Booth duty at OpenVZ (Sun 10 Feb 13:00–16:00) has nobody on it; the booth needs at least 1 person.",
                "Nobody is on duty at OpenVZ (Sun 10 Feb 13:00–16:00) while the booth is open."),
                messages(Conflicts.forTrip(sample, trip(sample, SCALE_TRIP))));
    }

    @Test
    void starredSessionsOverOwnItemsAreWarningsAndASpeakersOwnSessionIsHisTalk() {
        Project project = SampleWithProgramme.build();
        Trip fosdem = trip(project, FOSDEM_TRIP);
        List<Conflict> zoe = Conflicts.forPerson(project, fosdem, ZOE);
        assertEquals(List.of(
                "Zoë Müller starred “Welcome to FOSDEM 2017” (Sat 4 Feb 09:30–09:55) during booth duty at Xen Project "
                        + "(Sat 4 Feb 09:30–12:00).",
                "Zoë Müller starred “Rust, Cargo and the path to stable; semicolons, commas\\backslashes” "
                        + "(Sun 5 Feb 11:00–11:40) during booth duty at Xen Project (Sun 5 Feb 09:30–13:00)."),
                messages(zoe));
        assertEquals(List.of(Severity.WARNING, Severity.WARNING), zoe.stream().map(Conflict::severity).toList());
        assertEquals(List.of(ConflictKind.OVERLAP),
                Conflicts.forPerson(project, fosdem, RAVI).stream().map(Conflict::kind).toList());
    }

    @Test
    void aProgrammeIsHeldAgainstOnePersonsOwnItems() {
        Project project = SampleWithProgramme.build();
        Trip fosdem = trip(project, FOSDEM_TRIP);
        var programme = fosdem.programme(SampleWithProgramme.PROGRAMME).orElseThrow();
        Map<UUID, List<Conflict>> ravi = Conflicts.forProgramme(project, fosdem, programme, RAVI);
        // His talk's own session clashes with his booth duty, not with the talk itself.
        assertEquals(List.of(SampleWithProgramme.KEYNOTE, SampleWithProgramme.LIVEPATCH_SESSION), List.copyOf(ravi.keySet()));
        assertEquals(List.of(id("fosdem:shift:sat-am")), ravi.get(SampleWithProgramme.LIVEPATCH_SESSION).stream()
                .map(c -> c.first().id()).toList());
        assertEquals("Ravi Iyer could go to “Welcome to FOSDEM 2017” (Sat 4 Feb 09:30–09:55) during booth duty at "
                + "Xen Project (Sat 4 Feb 09:30–12:00).", ravi.get(SampleWithProgramme.KEYNOTE).get(0).message());
        assertEquals(Map.of(), Conflicts.forProgramme(project, fosdem, programme, KIRILL));
    }

    @Test
    void backToBackIsNotAClashAndAMinuteMoreIs() {
        Meeting first = meeting("Breakfast", "2025-06-02T08:00", "2025-06-02T09:00", BRUSSELS);
        assertEquals(List.of(), zoeWith(first, meeting("Stand-up", "2025-06-02T09:00", "2025-06-02T09:15", BRUSSELS)));
        List<Conflict> late = zoeWith(first, meeting("Stand-up", "2025-06-02T08:59", "2025-06-02T09:15", BRUSSELS));
        assertEquals(List.of("Zoë Müller is at the meeting “Stand-up” (Mon 2 Jun 08:59–09:15) during the meeting "
                + "“Breakfast” (Mon 2 Jun 08:00–09:00)."), messages(late));
        assertEquals(Duration.ofMinutes(1), late.get(0).length());
    }

    @Test
    void itemsInDifferentZonesClashByTheirInstantsAndNameTheirZones() {
        // The same clock times in Brussels and New York are six hours apart.
        assertEquals(List.of(), zoeWith(meeting("Brussels call", "2025-03-10T10:00", "2025-03-10T11:00", BRUSSELS),
                meeting("New York call", "2025-03-10T10:00", "2025-03-10T11:00", NEW_YORK)));
        // New York moved to summer time on 9 March, London not until 30 March: 10:00 in New York is 14:00 in London.
        List<Conflict> clash = zoeWith(meeting("London review", "2025-03-10T14:00", "2025-03-10T15:00", LONDON),
                meeting("New York call", "2025-03-10T10:00", "2025-03-10T11:00", NEW_YORK));
        assertEquals(1, clash.size());
        assertEquals(Duration.ofHours(1), clash.get(0).length());
        // They start at the same instant: which one leads the sentence is fixed by their ids.
        assertEquals("Zoë Müller is at the meeting “London review” (Mon 10 Mar 14:00–15:00 London time) during the "
                + "meeting “New York call” (Mon 10 Mar 10:00–11:00 New York time).", clash.get(0).message());
    }

    @Test
    void aMeetingAcrossTheSpringForwardNightIsAnHourShorterThanItsClock() {
        // 01:30–03:30 in Brussels on 30 March 2025 is 00:30–01:30 UTC: 09:30–10:30 in Tokyo, which has no summer time.
        Meeting night = meeting("Release night", "2025-03-30T01:30", "2025-03-30T03:30", BRUSSELS);
        assertEquals(List.of(), zoeWith(night, meeting("Tokyo sync", "2025-03-30T10:30", "2025-03-30T11:00", TOKYO)));
        List<Conflict> clash = zoeWith(night, meeting("Tokyo sync", "2025-03-30T10:00", "2025-03-30T11:00", TOKYO));
        assertEquals(Duration.ofMinutes(30), clash.get(0).length());
        assertEquals(Instant.parse("2025-03-30T01:00:00Z"), clash.get(0).from());
    }

    @Test
    void travelAcrossZonesShowsTheLocalTimeAtBothEnds() {
        Shift duty = new Shift(UUID.randomUUID(), id("scale:booth"), at("2008-02-07T14:00", SampleProjectBuilder.LOS_ANGELES),
                at("2008-02-07T18:00", SampleProjectBuilder.LOS_ANGELES), List.of(KIRILL), List.of());
        Project sample = SampleProjectBuilder.build();
        Trip scale = trip(sample, SCALE_TRIP).withItem(duty);
        List<Conflict> kirill = Conflicts.forPerson(sample.withTrip(scale), scale, KIRILL);
        assertEquals(List.of("Kirill Orlov has booth duty at OpenVZ (Thu 7 Feb 14:00–18:00 Los Angeles time) during "
                + "the flight Aeroflot SU105 from SVO Moscow to LAX Los Angeles (Thu 7 Feb 10:20 Moscow time → "
                + "Thu 7 Feb 16:45 Los Angeles time).",
                "Booth duty at OpenVZ (Thu 7 Feb 14:00–18:00) is outside the booth's opening hours (the booth is "
                        + "closed then)."), messages(kirill));
        assertEquals(Duration.ofMinutes(165), kirill.get(0).length());
    }

    @Test
    void anOvernightFlightClashesWithTheNextMorningsTalkInAnotherZone() {
        TravelLeg redeye = new TravelLeg(UUID.randomUUID(), TravelMode.FLIGHT, "LAX", "MCO", at("2025-03-08T22:35",
                SampleProjectBuilder.LOS_ANGELES), at("2025-03-09T06:20", NEW_YORK), "", "", List.of(ZOE));
        // 06:20 in Orlando on the morning clocks went forward is 10:20 UTC, after the 06:00 talk began.
        Talk early = new Talk(UUID.randomUUID(), null, "Sunrise keynote", List.of(ZOE), List.of(), "", at(
                "2025-03-09T06:00", NEW_YORK), at("2025-03-09T07:00", NEW_YORK), "", null);
        List<Conflict> clash = zoeWith(redeye, early);
        assertEquals(Duration.ofMinutes(20), clash.get(0).length());
        assertEquals(List.of("Zoë Müller gives the talk “Sunrise keynote” (Sun 9 Mar 06:00–07:00 New York time) "
                + "during the flight from LAX to MCO (Sat 8 Mar 22:35 Los Angeles time → Sun 9 Mar 06:20 New York "
                + "time)."), messages(clash));
        // A talk as the flight lands does not overlap it, but is inside the hour kept free after landing.
        assertEquals(List.of(ConflictKind.TOO_SOON_AFTER_TRAVEL), zoeWith(redeye, new Talk(UUID.randomUUID(), null,
                "Later", List.of(ZOE), List.of(), "", at("2025-03-09T06:20", NEW_YORK), at("2025-03-09T07:00",
                NEW_YORK), "", null)).stream().map(Conflict::kind).toList());
    }
}
