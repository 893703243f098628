package org.roadshow.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roadshow.SampleProjectBuilder.DANA;
import static org.roadshow.SampleProjectBuilder.KIRILL;
import static org.roadshow.SampleProjectBuilder.RAVI;
import static org.roadshow.SampleProjectBuilder.ZOE;
import static org.roadshow.SampleProjectBuilder.id;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.io.ical.SampleWithProgramme;
import org.roadshow.model.Project;

class AgendaTest {
    final Project sample = SampleWithProgramme.build();

    private List<UUID> ids(AgendaSelection selection) {
        return Agenda.select(sample, selection).stream().map(AgendaEntry::id).toList();
    }

    @Test
    void aPersonsAgendaHoldsWhatTheyDoAndWhatTheyStarredInTimeOrder() {
        assertEquals(List.of(
                // the keynote and her shift both start at 9:30: shifts sort before starred talks
                id("fosdem:leg:zoe-out"), id("fosdem:shift:sat-am"), SampleWithProgramme.KEYNOTE,
                id("fosdem:shift:sat-pm"), id("fosdem:demo:xo"), id("fosdem:meeting:dinner"),
                id("fosdem:shift:sun-am"), SampleWithProgramme.RUST), ids(AgendaSelection.forPerson(ZOE)));
    }

    @Test
    void aSpeakerWhoStarredTheirOwnSessionSeesItOnceAsTheirTalk() {
        List<AgendaEntry> ravi = Agenda.select(sample, AgendaSelection.forPerson(RAVI));
        assertTrue(ravi.stream().anyMatch(e -> e.id().equals(SampleWithProgramme.LIVEPATCH_TALK)
                && e.kind() == AgendaKind.TALK));
        assertTrue(ravi.stream().noneMatch(e -> e.id().equals(SampleWithProgramme.LIVEPATCH_SESSION)));
        // Without talks in the selection the starred session is his only reminder of it, so it stays.
        assertTrue(ids(AgendaSelection.forPerson(RAVI).withKinds(Set.of(AgendaKind.STARRED)))
                .contains(SampleWithProgramme.LIVEPATCH_SESSION));
    }

    @Test
    void everyoneGetsEachItemOnceAndSessionsSomeoneStarred() {
        List<AgendaEntry> all = Agenda.select(sample, AgendaSelection.everything());
        assertEquals(all.size(), all.stream().map(AgendaEntry::id).distinct().count());
        assertTrue(all.stream().anyMatch(e -> e.id().equals(id("scale:shift:sun-pm"))), "a shift nobody is on yet");
        assertTrue(all.stream().noneMatch(e -> e.id().equals(SampleWithProgramme.UNSTARRED)));
        // 6 talks + 8 shifts + 2 demos + 7 legs + 2 meetings (the sample) + keynote and Rust starred; Ravi's
        // starred session is his own talk, already there
        assertEquals(6 + 8 + 2 + 7 + 2 + 2, all.size());
    }

    @Test
    void tripsKindsBoothAndIdsNarrowTheSelection() {
        assertEquals(List.of(id("scale:leg:in"), id("scale:leg:redeye"), id("scale:leg:nyc")),
                ids(AgendaSelection.forPerson(KIRILL).withKinds(Set.of(AgendaKind.TRAVEL))));
        assertEquals(Set.of(), Set.copyOf(ids(AgendaSelection.forPerson(DANA)
                .withTrips(Set.of(SampleProjectBuilder.FOSDEM_TRIP)))));
        assertEquals(List.of(id("scale:shift:sat-am"), id("scale:shift:sat-pm"), id("scale:demo:migration"),
                        id("scale:shift:sun-am"), id("scale:shift:sun-pm")),
                ids(AgendaSelection.everything().withBooth(id("scale:booth"))));
        assertEquals(List.of(id("fosdem:demo:xo"), SampleWithProgramme.RUST),
                ids(AgendaSelection.forPerson(ZOE).withIds(Set.of(id("fosdem:demo:xo"), SampleWithProgramme.RUST,
                        id("scale:leg:in")))));
        assertEquals(List.of(), ids(AgendaSelection.everything().withKinds(Set.of())));
    }

    @Test
    void aLegAcrossZonesKeepsBothZones() {
        AgendaEntry redeye = Agenda.select(sample, AgendaSelection.forPerson(DANA)).stream()
                .filter(e -> e.id().equals(id("scale:leg:redeye"))).findFirst().orElseThrow();
        assertEquals(SampleProjectBuilder.LOS_ANGELES, redeye.start().zone());
        assertEquals(SampleProjectBuilder.NEW_YORK, redeye.end().zone());
        assertTrue(redeye.crossesZones());
    }
}
