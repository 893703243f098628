package org.roadshow.io.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roadshow.io.project.ProjectFixtures.at;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.model.Demo;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Project;
import org.roadshow.model.Session;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.Trip;
import org.roadshow.model.UnknownFields;

class ProjectFileRoundTripTest {
    @TempDir
    Path dir;

    private Project roundTrip(Project project) throws Exception {
        Path file = dir.resolve("trip.roadshow");
        ProjectFile.save(project, file);
        LoadedProject loaded = ProjectFile.load(file);
        assertFalse(loaded.readOnly());
        assertEquals(ProjectFile.FORMAT_VERSION, loaded.formatVersion());
        return loaded.project();
    }

    @Test
    void everyItemKindProgrammeAndPersonComesBackEqual() throws Exception {
        Project project = ProjectFixtures.everything();
        Project loaded = roundTrip(project);
        assertEquals(project, loaded);
        Trip trip = loaded.trips().get(0);
        for (ItemKind kind : ItemKind.values()) {
            assertTrue(trip.items().stream().anyMatch(i -> i.kind() == kind), "the fixture has a " + kind);
        }
        Session starred = trip.programmes().get(0).sessions().get(0);
        assertEquals(new LinkedHashSet<>(List.of(ProjectFixtures.ANN, ProjectFixtures.ZOE)), starred.starredBy());
    }

    @Test
    void unknownFieldsAtEveryLevelComeBackEqual() throws Exception {
        Project project = ProjectFixtures.everything(ProjectFixtures.unknownEverywhere());
        Project loaded = roundTrip(project);
        assertEquals(project.unknown(), loaded.unknown());
        assertEquals(project, loaded);
    }

    @Test
    void timesNextToClockChangesKeepTheirWallClockZoneAndInstant() throws Exception {
        Trip trip = roundTrip(ProjectFixtures.everything()).trips().get(0);
        Talk inSpringGap = trip.items(Talk.class).get(0);
        assertEquals(at("2017-03-26T02:30", ProjectFixtures.BRUSSELS), inSpringGap.start());
        assertEquals(Instant.parse("2017-03-26T01:30:00Z"), inSpringGap.start().instant());
        Shift inAutumnOverlap = trip.items(Shift.class).get(0);
        assertEquals(Instant.parse("2017-10-29T00:30:00Z"), inAutumnOverlap.start().instant(), "earlier offset");
        assertEquals(Instant.parse("2017-10-29T02:30:00Z"), inAutumnOverlap.end().instant());
        Demo lordHowe = trip.items(Demo.class).get(0);
        assertEquals(Instant.parse("2017-04-01T14:45:00Z"), lordHowe.start().instant(), "+11:00 before the change");
        assertEquals(Instant.parse("2017-04-01T15:45:00Z"), lordHowe.end().instant(), "+10:30 after it");
        TravelLeg redEye = trip.items(TravelLeg.class).get(0);
        assertEquals(ProjectFixtures.LOS_ANGELES, redEye.departure().zone());
        assertEquals(ProjectFixtures.NEW_YORK, redEye.arrival().zone());
        assertEquals(Instant.parse("2008-02-11T06:35:00Z"), redEye.departure().instant());
        assertEquals(Instant.parse("2008-02-11T11:20:00Z"), redEye.arrival().instant());
    }

    @Test
    void itemsAreWrittenOneArrayPerKindAndReadBackInThatOrder() throws Exception {
        String text = new String(ProjectFile.toBytes(ProjectFixtures.everything()), StandardCharsets.UTF_8);
        List<String> arrays = List.of("\"conferences\"", "\"talks\"", "\"booths\"", "\"shifts\"", "\"demos\"",
                "\"travel\"", "\"meetings\"", "\"checklist\"", "\"programs\"");
        int last = -1;
        for (String array : arrays) {
            int at = text.indexOf(array);
            assertTrue(at > last, array + " comes after the previous kind");
            last = at;
        }
        List<ItemKind> kinds = roundTrip(ProjectFixtures.everything()).trips().get(0).items().stream()
                .map(i -> i.kind()).toList();
        List<ItemKind> sorted = new ArrayList<>(kinds);
        sorted.sort(null);
        assertEquals(sorted, kinds);
    }

    @Test
    void savingTheSameProjectTwiceWritesIdenticalBytes() throws Exception {
        Project project = ProjectFixtures.everything(ProjectFixtures.unknownEverywhere());
        Path a = dir.resolve("a.roadshow");
        Path b = dir.resolve("b.roadshow");
        ProjectFile.save(project, a);
        ProjectFile.save(ProjectFile.load(a).project(), b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        ProjectFile.save(project, a);
        assertArrayEquals(Files.readAllBytes(b), Files.readAllBytes(a));
    }

    @Test
    void equalProjectsBuiltInAnotherOrderWriteIdenticalBytes() throws Exception {
        Project project = ProjectFixtures.everything(ProjectFixtures.unknownEverywhere());
        // the same stars in another insertion order, and the unknown fields in other map orders
        Trip trip = project.trips().get(0);
        Session s = trip.programmes().get(0).sessions().get(0);
        List<UUID> reversed = new ArrayList<>(s.starredBy());
        java.util.Collections.reverse(reversed);
        Trip reordered = trip.withProgramme(trip.programmes().get(0).withSessions(List.of(
                s.withStarredBy(new LinkedHashSet<>(reversed)), trip.programmes().get(0).sessions().get(1))));
        Map<String, Map<String, Object>> unknown = new TreeMap<>(java.util.Comparator.reverseOrder());
        project.unknown().byOwner().forEach((k, v) -> {
            Map<String, Object> inner = new TreeMap<>(java.util.Comparator.reverseOrder());
            inner.putAll(v);
            unknown.put(k, inner);
        });
        Project other = project.withTrip(reordered).withUnknown(new UnknownFields(unknown));
        assertEquals(project, other);
        assertArrayEquals(ProjectFile.toBytes(project), ProjectFile.toBytes(other));
    }

    @Test
    void outputIsPrettyPrintedWithAStableKeyOrderAndNewlines() throws Exception {
        String text = new String(ProjectFile.toBytes(ProjectFixtures.everything()), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"formatVersion\": 1,\n  \"name\": \"Trips — 2017\",\n  \"people\": [\n    {\n"
                + "      \"id\": \"00000000-0000-4000-8000-000000000001\",\n      \"name\": \"Ann Lee\",\n"), text);
        assertTrue(text.endsWith("}\n"));
        assertFalse(text.contains("\r"));
        assertTrue(text.contains("\"start\": {\n            \"time\": \"2017-03-26T02:30\",\n"
                + "            \"zone\": \"Europe/Brussels\"\n          },"), "a moment is {time, zone}");
        int id = text.indexOf("\"id\": \"" + ProjectFixtures.TALK);
        int[] order = {id, text.indexOf("\"conferenceId\"", id), text.indexOf("\"title\"", id),
            text.indexOf("\"speakers\"", id), text.indexOf("\"otherSpeakers\"", id), text.indexOf("\"room\"", id),
            text.indexOf("\"start\"", id), text.indexOf("\"end\"", id), text.indexOf("\"abstract\"", id),
            text.indexOf("\"sessionId\"", id)};
        for (int i = 1; i < order.length; i++) {
            assertTrue(order[i - 1] < order[i], "talk keys in order at " + i);
        }
        assertTrue(text.contains("\"mode\": \"flight\""));
        assertTrue(text.contains("\"minStaff\": 0"), "zero is written, not left out");
        assertTrue(text.contains("\"done\": false"));
        assertFalse(text.contains("\"email\": \"\""), "empty texts are left out");
    }

    @Test
    void aFileWithKeysInAnotherOrderIsRewrittenInTheStableOrder() throws Exception {
        Path file = dir.resolve("hand.roadshow");
        Files.writeString(file, """
                {"trips": [], "name": "Hand written", "formatVersion": 1, "people": [
                  {"homeZone": "Europe/Brussels", "name": "Ann", "id": "00000000-0000-4000-8000-000000000001"}]}
                """);
        Project loaded = ProjectFile.load(file).project();
        ProjectFile.save(loaded, file);
        assertEquals("""
                {
                  "formatVersion": 1,
                  "name": "Hand written",
                  "people": [
                    {
                      "id": "00000000-0000-4000-8000-000000000001",
                      "name": "Ann",
                      "homeZone": "Europe/Brussels"
                    }
                  ],
                  "trips": []
                }
                """, Files.readString(file));
        assertEquals(loaded, ProjectFile.load(file).project());
    }

    @Test
    void sampleBuilderProjectRoundTrips() throws Exception {
        Project sample = org.roadshow.SampleProjectBuilder.build();
        assertEquals(sample, roundTrip(sample));
    }
}
