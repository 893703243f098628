package org.roadshow.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Demo;
import org.roadshow.model.Item;
import org.roadshow.model.Meeting;
import org.roadshow.model.Project;
import org.roadshow.model.Session;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.Timed;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.Trip;

class EditsTest {
    private static boolean mentions(Item item, UUID person) {
        if (item instanceof Timed timed && timed.people().contains(person)) {
            return true;
        }
        return item instanceof ChecklistItem c && person.equals(c.assignee());
    }

    @Test
    void removePersonClearsEveryReference() {
        Project sample = SampleProjectBuilder.build();
        UUID zoe = SampleProjectBuilder.ZOE;
        Trip fosdem = sample.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow();
        assertTrue(fosdem.items().stream().anyMatch(i -> mentions(i, zoe)), "the sample names Zoë");
        // and a programme session she starred, with someone else's star too
        Session session = new Session(UUID.randomUUID(), "", "", "", "Keynote", "", "", "", "Janson",
                fosdem.items(Talk.class).get(0).start(), fosdem.items(Talk.class).get(0).end(), List.of(), "", List.of(),
                java.util.Set.of(zoe, SampleProjectBuilder.LENA));
        Project withStar = Edits.putProgramme(fosdem.id(), new org.roadshow.model.Programme(UUID.randomUUID(), null,
                "Programme", "schedule.xml", SampleProjectBuilder.BRUSSELS, null, List.of(session)), "Import")
                .apply(sample);

        Project after = Edits.removePerson(zoe).apply(withStar);
        assertTrue(after.person(zoe).isEmpty());
        assertEquals(sample.people().size() - 1, after.people().size());
        for (Trip trip : after.trips()) {
            assertFalse(trip.people().contains(zoe));
            for (Item item : trip.items()) {
                assertFalse(mentions(item, zoe), "still names her: " + item);
            }
            trip.programmes().forEach(p -> p.sessions().forEach(s -> assertFalse(s.starredBy(zoe))));
        }
        Trip fosdemAfter = after.trip(fosdem.id()).orElseThrow();
        Session kept = fosdemAfter.programmes().get(0).sessions().get(0);
        assertEquals(java.util.Set.of(SampleProjectBuilder.LENA), kept.starredBy(), "other stars stay");
        Shift satAm = fosdemAfter.items(Shift.class).get(0);
        assertEquals(List.of(SampleProjectBuilder.RAVI), satAm.people(), "the others stay on the shift");
        ChecklistItem banner = fosdemAfter.items(ChecklistItem.class).get(0);
        assertNull(banner.assignee());
        assertEquals(fosdem.items().size(), fosdemAfter.items().size(), "no item is deleted");
        assertTrue(fosdemAfter.items(Demo.class).get(0).people().isEmpty());
    }

    @Test
    void removePersonLeavesOtherPeoplesItemsAlone() {
        Project sample = SampleProjectBuilder.build();
        Project after = Edits.removePerson(SampleProjectBuilder.ZOE).apply(sample);
        Trip scale = after.trip(SampleProjectBuilder.SCALE_TRIP).orElseThrow();
        assertEquals(sample.trip(SampleProjectBuilder.SCALE_TRIP).orElseThrow(), scale, "Zoë is not on this trip");
        assertEquals(sample.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow().items(TravelLeg.class).get(0),
                after.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow().items(TravelLeg.class).get(0));
        assertEquals(sample.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow().items(Meeting.class).get(0).people()
                .size() - 1, after.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow().items(Meeting.class).get(0)
                .people().size());
    }

    @Test
    void putItemReplacesInPlaceAndAnEditOfAMissingTripFails() {
        Project sample = SampleProjectBuilder.build();
        Trip fosdem = sample.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow();
        Talk talk = fosdem.items(Talk.class).get(1);
        Talk renamed = talk.withTitle("Renamed");
        Trip after = Edits.putItem(fosdem.id(), renamed).apply(sample).trip(fosdem.id()).orElseThrow();
        assertEquals(fosdem.items().indexOf(talk), after.items().indexOf(renamed));
        assertThrows(IllegalArgumentException.class, () -> Edits.putItem(UUID.randomUUID(), renamed).apply(sample));
    }

    @Test
    void removingABoothTakesItsShiftsAndClearsLinksSoTheProjectStillSaves() throws Exception {
        Project sample = SampleProjectBuilder.build();
        Trip fosdem = sample.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow();
        UUID booth = fosdem.items(org.roadshow.model.Booth.class).get(0).id();
        assertEquals(4, Edits.dependentsOf(fosdem, booth));

        Project after = Edits.removeItem(fosdem.id(), booth).apply(sample);
        Trip trip = after.trip(fosdem.id()).orElseThrow();
        assertTrue(trip.item(booth).isEmpty());
        assertTrue(trip.items(Shift.class).isEmpty(), "the booth's shifts go with it");
        assertTrue(trip.items(Demo.class).stream().noneMatch(d -> booth.equals(d.linkedItem())));
        assertTrue(trip.items(ChecklistItem.class).stream().noneMatch(c -> booth.equals(c.linkedItem())));
        assertEquals(fosdem.items(Talk.class), trip.items(Talk.class), "unrelated items are untouched");
        // the result passes the same checks a save makes
        org.roadshow.io.project.ProjectFile.parse(org.roadshow.io.project.ProjectFile.toBytes(after), null);
    }

    @Test
    void removingAConferenceUnlinksItsTalksAndBooths() {
        Project sample = SampleProjectBuilder.build();
        Trip fosdem = sample.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow();
        UUID conference = fosdem.items(org.roadshow.model.Conference.class).get(0).id();
        Trip trip = Edits.removeItem(fosdem.id(), conference).apply(sample).trip(fosdem.id()).orElseThrow();
        assertEquals(fosdem.items(Talk.class).size(), trip.items(Talk.class).size());
        trip.items(Talk.class).forEach(t -> assertNull(t.conferenceId()));
        trip.items(org.roadshow.model.Booth.class).forEach(b -> assertNull(b.conferenceId()));
    }
}
