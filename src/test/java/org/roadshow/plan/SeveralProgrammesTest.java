package org.roadshow.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.Edits;
import org.roadshow.edit.ProgrammeEdits;
import org.roadshow.io.programme.ProgrammeImport;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.model.Session;
import org.roadshow.model.Trip;

/**
 * A trip with two conferences' programmes (co-located events): a second import adds a programme beside the
 * first instead of replacing it, and re-importing one keeps the stars of both.
 */
class SeveralProgrammesTest {
    private static final UUID TRIP = SampleProjectBuilder.FOSDEM_TRIP;
    private static final UUID LENA = SampleProjectBuilder.LENA;

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = SeveralProgrammesTest.class.getResourceAsStream("/schedules/" + name)) {
            return in.readAllBytes();
        }
    }

    private static Project importInto(Project project, byte[] content, String source) throws Exception {
        Programme fresh = ProgrammeImport.parse(content, source).toResult(ZoneId.of("Europe/Brussels"))
                .toProgramme(Instant.parse("2021-02-01T12:00:00Z"));
        ProgrammeUpdate update = ProgrammeUpdate.prepare(project, TRIP, fresh);
        return Edits.putProgramme(TRIP, update.after(), update.label()).apply(project);
    }

    private static Trip trip(Project p) {
        return p.trip(TRIP).orElseThrow();
    }

    private static Project star(Project p, Programme programme, int... indexes) {
        for (int i : indexes) {
            p = ProgrammeEdits.toggleStar(TRIP, programme.id(), programme.sessions().get(i).id(), LENA).apply(p);
        }
        return p;
    }

    private static Set<String> starredTitles(Programme programme) {
        return programme.sessions().stream().filter(s -> s.starredBy(LENA)).map(Session::title).collect(Collectors.toSet());
    }

    @Test
    void bothImportAndStarsOnOneSurviveReimportingTheOther() throws Exception {
        byte[] fosdem = resource("fosdem_2021.xml");
        byte[] congress = resource("frab_36c3.json");
        Project p = importInto(SampleProjectBuilder.build(), fosdem, "fosdem_2021.xml");
        p = importInto(p, congress, "frab_36c3.json");
        List<Programme> both = trip(p).programmes();
        assertEquals(List.of("FOSDEM 2021", "36th Chaos Communication Congress"), both.stream().map(Programme::name).toList(),
                "the second conference's programme is added beside the first");
        assertEquals(773, both.get(0).sessions().size());

        p = star(p, both.get(0), 0, 5, 9);
        p = star(p, both.get(1), 1);
        Set<String> fosdemStars = starredTitles(trip(p).programmes().get(0));
        Set<String> congressStars = starredTitles(trip(p).programmes().get(1));
        assertEquals(3, fosdemStars.size());
        assertEquals(1, congressStars.size());

        String renamed = new String(congress, StandardCharsets.UTF_8).replace("\"Opening Ceremony\"", "\"Opening Ceremony, revised\"");
        Project again = importInto(p, renamed.getBytes(StandardCharsets.UTF_8), "frab_36c3.json");
        List<Programme> after = trip(again).programmes();
        assertEquals(2, after.size(), "re-importing one programme updates it, it does not add a third");
        assertEquals(both.get(0).id(), after.get(0).id());
        assertEquals(both.get(1).id(), after.get(1).id(), "the re-import updates the programme of the same name");
        assertEquals(fosdemStars, starredTitles(after.get(0)), "the other programme's stars are untouched");
        assertEquals(congressStars, starredTitles(after.get(1)), "its own stars are kept");
        assertTrue(after.get(1).sessions().stream().anyMatch(s -> s.title().equals("Opening Ceremony, revised")));

        Project fosdemAgain = importInto(again, fosdem, "fosdem_2021.xml");
        assertEquals(fosdemStars, starredTitles(trip(fosdemAgain).programmes().get(0)));
        assertEquals(starredTitles(after.get(1)), starredTitles(trip(fosdemAgain).programmes().get(1)));
    }

    private static boolean overlap(Session a, Session b) {
        return a.start().instant().isBefore(b.end().instant()) && b.start().instant().isBefore(a.end().instant());
    }

    @Test
    void starredSessionsAtTheSameTimeAreFoundAcrossProgrammes() throws Exception {
        Project p = importInto(SampleProjectBuilder.build(), resource("fosdem_2021.xml"), "fosdem_2021.xml");
        Programme fosdem = trip(p).programmes().get(0);
        List<Session> talks = fosdem.sessions().stream() // no all-day stands: they overlap everything
                .filter(s -> java.time.Duration.between(s.start().instant(), s.end().instant()).toMinutes() <= 60).toList();
        Session first = talks.stream().filter(a -> talks.stream().anyMatch(b -> b != a && overlap(a, b))).findFirst()
                .orElseThrow();
        Session parallel = talks.stream().filter(s -> s != first && overlap(s, first)).findFirst().orElseThrow();
        Session later = talks.stream().filter(s -> !overlap(s, first) && !overlap(s, parallel)).findFirst().orElseThrow();
        for (Session s : List.of(first, parallel, later)) {
            p = ProgrammeEdits.toggleStar(TRIP, fosdem.id(), s.id(), LENA).apply(p);
        }
        var overlaps = StarredOverlaps.of(trip(p), LENA);
        assertEquals(Set.of(first.id(), parallel.id()), overlaps.keySet());
        assertEquals(parallel.id(), overlaps.get(first.id()).get(0).id());
        assertFalse(overlaps.containsKey(later.id()));
        assertTrue(StarredOverlaps.of(trip(p), SampleProjectBuilder.ZOE).isEmpty(), "Zoë starred nothing");
        assertTrue(Conflicts.forTrip(p, trip(p)).stream().noneMatch(c -> c.concerns(first.id()) && c.concerns(parallel.id())),
                "parallel stars stay out of the conflict check: people star talks to choose between");
    }
}
