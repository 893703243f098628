package org.roadshow.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roadshow.model.Moment;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.model.Session;
import org.roadshow.model.Talk;
import org.roadshow.model.Trip;

/** Starring sessions and linking team talks to them. */
class ProgrammeEditsTest {
    private static final UUID ANA = UUID.randomUUID();
    private static final UUID BEN = UUID.randomUUID();
    private final Session session = new Session(UUID.randomUUID(), "g", "1", "s", "Talk", "", "", "", "R",
            Moment.of("2021-02-06T10:00", "Europe/Brussels"), Moment.of("2021-02-06T10:30", "Europe/Brussels"),
            List.of(), "", List.of(), Set.of());
    private final Programme programme = new Programme(UUID.randomUUID(), null, "P", "p.xml", ZoneId.of("Europe/Brussels"),
            null, List.of(session));
    private final Talk talk = BlankItems.talk(UUID.randomUUID(), session.start(), session.end()).withTitle("Ours")
            .withSpeakers(List.of(ANA)).withRoom("R");
    private final Trip trip = Trip.create("T").withProgrammes(List.of(programme)).withItems(List.of(talk));
    private final Project project = Project.empty().withTrip(trip);

    private Session sessionIn(Project p) {
        return p.trip(trip.id()).orElseThrow().programmes().get(0).sessions().get(0);
    }

    @Test
    void toggleStarAddsAndRemovesOnePersonsStarOnly() {
        Project both = ProgrammeEdits.toggleStar(trip.id(), programme.id(), session.id(), ANA)
                .apply(ProgrammeEdits.toggleStar(trip.id(), programme.id(), session.id(), BEN).apply(project));
        assertEquals(Set.of(ANA, BEN), sessionIn(both).starredBy());
        Project anaOff = ProgrammeEdits.toggleStar(trip.id(), programme.id(), session.id(), ANA).apply(both);
        assertEquals(Set.of(BEN), sessionIn(anaOff).starredBy());
        assertEquals(Set.of(BEN), sessionIn(ProgrammeEdits.star(trip.id(), programme.id(), session.id(), BEN, true)
                .apply(anaOff)).starredBy(), "star(true) is idempotent");
    }

    @Test
    void linkAndUnlinkATeamTalk() {
        Project linked = ProgrammeEdits.linkTalk(trip.id(), talk.id(), session.id()).apply(project);
        Talk t = linked.trip(trip.id()).orElseThrow().items(Talk.class).get(0);
        assertEquals(session.id(), t.sessionId());
        assertEquals(talk.title(), t.title());
        Project unlinked = ProgrammeEdits.linkTalk(trip.id(), talk.id(), null).apply(linked);
        assertNull(unlinked.trip(trip.id()).orElseThrow().items(Talk.class).get(0).sessionId());
        assertTrue(ProgrammeEdits.session(linked.trip(trip.id()).orElseThrow(), session.id()).isPresent());
    }

    @Test
    void anUnknownProgrammeIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ProgrammeEdits.toggleStar(trip.id(), UUID.randomUUID(), session.id(), ANA).apply(project));
    }
}
