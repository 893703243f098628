package org.roadshow.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.roadshow.edit.BlankItems;
import org.roadshow.edit.Edits;
import org.roadshow.edit.History;
import org.roadshow.edit.ProgrammeEdits;
import org.roadshow.io.programme.ProgrammeImport;
import org.roadshow.model.Moment;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.model.Session;
import org.roadshow.model.Talk;
import org.roadshow.model.Trip;

/** Re-importing a changed programme: stars and links stay, nothing is duplicated, the report says exactly what changed. */
class ProgrammeMergeTest {
    private static final UUID ANA = UUID.randomUUID();
    private static final UUID BEN = UUID.randomUUID();
    private static final String OPENING = "7f8e9a10-1111-4b5e-9a47-000000010000";
    private static final String NIGHT = "7f8e9a10-1111-4b5e-9a47-000000010001";
    private static final String FUZZ = "7f8e9a10-1111-4b5e-9a47-000000010002";
    private static final String POLICY = "7f8e9a10-1111-4b5e-9a47-000000010003";

    static String fixture() throws IOException {
        try (InputStream in = ProgrammeMergeTest.class.getResourceAsStream("/schedules/frab_new_36c3.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Programme programme(String xml) throws Exception {
        return ProgrammeImport.parse(xml.getBytes(StandardCharsets.UTF_8), "schedule.xml").toResult(ZoneId.of("UTC"))
                .toProgramme(Instant.parse("2019-12-20T10:00:00Z"));
    }

    /** The fixture with the opening moved, the night talk in another room, fuzzing renamed, policy gone, one added. */
    static String changed(String xml) {
        String out = xml
                .replace("<date>2019-12-27T11:00:00+01:00</date>", "<date>2019-12-27T14:00:00+01:00</date>")
                .replace("<room>Ada</room>\n        <slug>36c3-10001-night</slug>", "<room>Borg</room>\n        <slug>36c3-10001-night</slug>")
                .replace("<title>Fuzzing the Planet</title>", "<title>Fuzzing the Whole Planet</title>")
                .replace("<abstract>Fuzz all the things.</abstract>", "<abstract>Fuzz more things.</abstract>");
        int policy = out.indexOf("<event guid=\"" + POLICY + "\"");
        int policyEnd = out.indexOf("</event>", policy) + "</event>".length();
        String added = "<event guid=\"7f8e9a10-1111-4b5e-9a47-000000010004\" id=\"10004\">"
                + "<date>2019-12-28T18:00:00+01:00</date><duration>00:30</duration><room>Ada</room>"
                + "<slug>36c3-10004-new</slug><title>A New Talk</title><persons/></event>";
        return out.substring(0, policy) + added + out.substring(policyEnd);
    }

    @Test
    void reimportKeepsStarsAndLinksAndReportsExactlyTheChanges() throws Exception {
        String xml = fixture();
        Programme first = programme(xml);
        Map<String, Session> firstByGuid = byGuid(first);
        UUID talkId = UUID.randomUUID();
        Trip trip = Trip.create("36C3").withProgrammes(List.of(first)).withItems(List.of(
                BlankItems.talk(talkId, firstByGuid.get(NIGHT).start(), firstByGuid.get(NIGHT).end())
                        .withTitle("Late Night Lightning Talks").withSpeakers(List.of(BEN)).withRoom("Ada")
                        .withSessionId(firstByGuid.get(NIGHT).id())));
        Project project = Project.empty().withTrip(trip);
        project = ProgrammeEdits.toggleStar(trip.id(), first.id(), firstByGuid.get(OPENING).id(), ANA).apply(project);
        project = ProgrammeEdits.toggleStar(trip.id(), first.id(), firstByGuid.get(FUZZ).id(), ANA).apply(project);
        project = ProgrammeEdits.toggleStar(trip.id(), first.id(), firstByGuid.get(POLICY).id(), BEN).apply(project);

        ProgrammeUpdate update = ProgrammeUpdate.prepare(project, trip.id(), programme(changed(xml)));
        assertTrue(update.isUpdate());
        assertEquals("Update programme 36th Chaos Communication Congress", update.label());
        Programme after = update.after();
        assertEquals(first.id(), after.id(), "the same programme, updated in place");

        Map<String, Session> afterByGuid = byGuid(after);
        assertEquals(5, after.sessions().size(), "3 kept + 1 added + 1 cancelled but starred");
        for (String guid : List.of(OPENING, NIGHT, FUZZ, POLICY)) {
            assertEquals(firstByGuid.get(guid).id(), afterByGuid.get(guid).id(), "same id for " + guid);
        }
        assertEquals(Set.of(ANA), afterByGuid.get(OPENING).starredBy());
        assertEquals(Set.of(ANA), afterByGuid.get(FUZZ).starredBy());
        assertEquals(Set.of(BEN), afterByGuid.get(POLICY).starredBy());
        assertTrue(afterByGuid.get(POLICY).cancelled());
        assertFalse(afterByGuid.get(OPENING).cancelled());
        assertEquals(Moment.of("2019-12-27T14:00", "Europe/Berlin"), afterByGuid.get(OPENING).start());
        assertEquals("Borg", afterByGuid.get(NIGHT).room());

        MergeReport report = update.report();
        assertEquals(1, report.added());
        assertEquals(1, report.removed());
        assertEquals(3, report.updated());
        assertEquals(0, report.unchanged());
        Map<String, SessionChange> changes = report.changes().stream()
                .collect(Collectors.toMap(c -> c.before().guid(), Function.identity()));
        assertEquals(Set.of(OPENING, NIGHT, FUZZ, POLICY), changes.keySet());
        assertEquals(Set.of(SessionChange.Kind.MOVED), changes.get(OPENING).kinds());
        assertEquals(Set.of(SessionChange.Kind.ROOM_CHANGED), changes.get(NIGHT).kinds());
        assertEquals(Set.of(SessionChange.Kind.RENAMED), changes.get(FUZZ).kinds());
        assertEquals(Set.of(SessionChange.Kind.CANCELLED), changes.get(POLICY).kinds());
        assertTrue(changes.get(NIGHT).linked());
        assertFalse(changes.get(NIGHT).starred());
        assertEquals(List.of(
                "1 added, 1 removed, 3 changed, 0 unchanged.",
                "4 starred or linked sessions changed:",
                "  \"Opening Ceremony\" (starred): moved: Fri 27 Dec 11:00-11:40 → Fri 27 Dec 14:00-14:40",
                "  \"Late Night Lightning Talks\" (linked): room changed: Ada → Borg",
                "  \"Fuzzing the Planet\" (starred): renamed to \"Fuzzing the Whole Planet\"",
                "  \"Policy and Privacy\" (starred): cancelled (kept in the plan, marked cancelled)"), report.lines());
    }

    @Test
    void reimportingTheSameFileChangesNothingAndDuplicatesNothing() throws Exception {
        String xml = fixture();
        Programme first = programme(xml);
        Trip trip = Trip.create("36C3").withProgrammes(List.of(first));
        Project project = Project.empty().withTrip(trip);
        UUID opening = byGuid(first).get(OPENING).id();
        project = ProgrammeEdits.toggleStar(trip.id(), first.id(), opening, ANA).apply(project);

        ProgrammeUpdate update = ProgrammeUpdate.prepare(project, trip.id(), programme(xml));
        assertEquals(4, update.after().sessions().size());
        assertEquals(4, update.report().unchanged());
        assertFalse(update.report().hasChanges());
        assertEquals(Set.of(ANA), byGuid(update.after()).get(OPENING).starredBy());
        assertEquals(List.of("0 added, 0 removed, 0 changed, 4 unchanged.", "No starred or linked session changed."),
                update.report().lines());
    }

    @Test
    void withoutGuidsSessionsMatchByIdThenSlugThenTitleAndStart() throws Exception {
        String old = "<schedule><conference><title>C</title></conference><day date=\"2021-02-06\"><room name=\"R\">"
                + "<event id=\"1\"><slug>a</slug><start>10:00</start><duration>00:30</duration><title>By id</title></event>"
                + "<event><slug>b</slug><start>11:00</start><duration>00:30</duration><title>By slug</title></event>"
                + "<event><start>12:00</start><duration>00:30</duration><title>By title</title></event>"
                + "<event id=\"9\"><start>13:00</start><duration>00:30</duration><title>Same title</title></event>"
                + "</room></day></schedule>";
        String next = old.replace("By id", "By id, renamed").replace("<start>11:00", "<start>11:30")
                .replace("id=\"9\"", "id=\"10\"");
        Programme first = programme(old);
        Trip trip = Trip.create("T").withProgrammes(List.of(first));
        Project project = Project.empty().withTrip(trip);
        for (Session s : first.sessions()) {
            project = ProgrammeEdits.toggleStar(trip.id(), first.id(), s.id(), ANA).apply(project);
        }
        ProgrammeUpdate update = ProgrammeUpdate.prepare(project, trip.id(), programme(next));
        Map<String, UUID> oldIds = first.sessions().stream().collect(Collectors.toMap(Session::title, Session::id));
        Map<String, Session> newByTitle = update.after().sessions().stream().filter(s -> !s.cancelled())
                .collect(Collectors.toMap(Session::title, s -> s));
        assertEquals(oldIds.get("By id"), newByTitle.get("By id, renamed").id());
        assertEquals(oldIds.get("By slug"), newByTitle.get("By slug").id());
        assertEquals(oldIds.get("By title"), newByTitle.get("By title").id());
        assertNotEquals(oldIds.get("Same title"), newByTitle.get("Same title").id(),
                "different file ids never match, even with the same title and time");
        assertTrue(newByTitle.get("Same title").starredBy().isEmpty());
        assertEquals(1, update.after().sessions().stream().filter(Session::cancelled).count());
    }

    @Test
    void aCancelledSessionThatReturnsIsReinstatedWithItsStar() throws Exception {
        String xml = fixture();
        Programme first = programme(xml);
        Trip trip = Trip.create("36C3").withProgrammes(List.of(first));
        Project project = Project.empty().withTrip(trip);
        project = ProgrammeEdits.toggleStar(trip.id(), first.id(), byGuid(first).get(POLICY).id(), BEN).apply(project);
        ProgrammeUpdate without = ProgrammeUpdate.prepare(project, trip.id(), programme(changed(xml)));
        project = Edits.putProgramme(trip.id(), without.after(), without.label()).apply(project);
        ProgrammeUpdate back = ProgrammeUpdate.prepare(project, trip.id(), programme(xml));
        Session policy = byGuid(back.after()).get(POLICY);
        assertFalse(policy.cancelled());
        assertEquals(Set.of(BEN), policy.starredBy());
        assertEquals(Set.of(SessionChange.Kind.REINSTATED), back.report().changes().get(0).kinds());
    }

    @Test
    void theImportIsOneEditAndUndoBringsTheOldProgrammeBack() throws Exception {
        String xml = fixture();
        Programme first = programme(xml);
        Trip trip = Trip.create("36C3").withProgrammes(List.of(first));
        History history = new History(Project.empty().withTrip(trip));
        Project before = history.project();
        ProgrammeUpdate update = ProgrammeUpdate.prepare(before, trip.id(), programme(changed(xml)));
        history.apply(Edits.putProgramme(trip.id(), update.after(), update.label()));
        assertEquals(update.after(), history.project().trip(trip.id()).orElseThrow().programmes().get(0));
        history.undo();
        assertEquals(before, history.project());
        assertFalse(history.canUndo());
    }

    @Test
    void aFirstImportLinksTheTripsConferenceAndReportsTheCount() throws Exception {
        Programme fresh = programme(fixture());
        org.roadshow.model.Conference congress = BlankItems.conference(UUID.randomUUID(), ZoneId.of("Europe/Berlin"),
                java.time.LocalDate.of(2019, 12, 27), java.time.LocalDate.of(2019, 12, 30)).withName("36C3")
                .withCity("Leipzig").withVenue("Messe");
        Trip trip = Trip.create("36C3").withItems(List.of(congress));
        ProgrammeUpdate update = ProgrammeUpdate.prepare(Project.empty().withTrip(trip), trip.id(), fresh);
        assertNull(update.before());
        assertEquals(congress.id(), update.after().conferenceId());
        assertEquals(List.of("4 sessions imported."), update.report().lines());
        assertEquals("Import programme 36th Chaos Communication Congress", update.label());
    }

    static Map<String, Session> byGuid(Programme p) {
        return p.sessions().stream().collect(Collectors.toMap(Session::guid, s -> s));
    }
}
