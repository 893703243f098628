package org.roadshow.io.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.model.Project;

/** Files from a newer Roadshow: their extra fields survive, and a newer format is never overwritten. */
class NewerVersionTest {
    static final String TALK = "00000000-0000-4000-8000-000000000030";

    /** A file as a newer Roadshow might write it: extra fields at the top, in a trip, an item, a moment. */
    static String withNewerFields(int formatVersion) {
        return """
                {
                  "formatVersion": %d,
                  "name": "From the future",
                  "people": [
                    {
                      "id": "00000000-0000-4000-8000-000000000001",
                      "name": "Ann",
                      "pronouns": "she/her"
                    }
                  ],
                  "trips": [
                    {
                      "id": "00000000-0000-4000-8000-000000000010",
                      "name": "FOSDEM",
                      "people": [
                        "00000000-0000-4000-8000-000000000001"
                      ],
                      "talks": [
                        {
                          "id": "%s",
                          "title": "Talk",
                          "speakers": [
                            "00000000-0000-4000-8000-000000000001"
                          ],
                          "start": {
                            "time": "2017-02-04T11:30",
                            "zone": "Europe/Brussels",
                            "precision": "minute"
                          },
                          "end": {
                            "time": "2017-02-04T11:55",
                            "zone": "Europe/Brussels"
                          },
                          "recording": {
                            "url": "https://video.example.org/talk.webm",
                            "sizes": [
                              720,
                              1080
                            ],
                            "ratio": 1.7777,
                            "missing": null,
                            "empty": ""
                          }
                        }
                      ],
                      "hotels": [
                        {
                          "name": "Hotel Métropole",
                          "nights": 3
                        }
                      ]
                    }
                  ],
                  "theme": "dark"
                }
                """.formatted(formatVersion, TALK);
    }

    @TempDir
    Path dir;

    @Test
    void unknownFieldsAreInTheModelKeyedByTheirOwner() throws Exception {
        Project project = ProjectFile.parse(withNewerFields(1).getBytes(), Path.of("x.roadshow")).project();
        assertEquals("dark", project.unknown().of("project").get("theme"));
        assertEquals("she/her", project.unknown().of("00000000-0000-4000-8000-000000000001").get("pronouns"));
        assertTrue(project.unknown().of("00000000-0000-4000-8000-000000000010").containsKey("hotels"));
        assertTrue(project.unknown().of(TALK).get("recording") instanceof Map);
        assertEquals(Map.of("precision", "minute"), project.unknown().of(TALK + "/start"));
        assertTrue(project.unknown().of(TALK + "/end").isEmpty());
    }

    @Test
    void unknownFieldsSurviveLoadAndSaveUnchanged() throws Exception {
        Path file = dir.resolve("newer-fields.roadshow");
        Files.writeString(file, withNewerFields(1));
        LoadedProject loaded = ProjectFile.load(file);
        assertFalse(loaded.readOnly());
        ProjectFile.save(loaded.project(), file);
        ObjectMapper plain = new ObjectMapper();
        JsonNode before = plain.readTree(withNewerFields(1));
        JsonNode after = plain.readTree(Files.readString(file));
        assertEquals(before, after, "every field, known or not, is written back with its value");
        assertEquals(loaded.project(), ProjectFile.load(file).project());
    }

    @Test
    void unknownFieldsSurviveAnEditOfTheirOwner() throws Exception {
        Project project = ProjectFile.parse(withNewerFields(1).getBytes(), null).project();
        var trip = project.trips().get(0);
        var talk = (org.roadshow.model.Talk) trip.items().get(0);
        var renamed = talk.withTitle("Renamed");
        Project edited = org.roadshow.edit.Edits.putItem(trip.id(), renamed).apply(project);
        JsonNode saved = new ObjectMapper().readTree(ProjectFile.toBytes(edited));
        JsonNode savedTalk = saved.at("/trips/0/talks/0");
        assertEquals("Renamed", savedTalk.get("title").asText());
        assertEquals("https://video.example.org/talk.webm", savedTalk.at("/recording/url").asText());
        assertEquals("minute", savedTalk.at("/start/precision").asText());
    }

    @Test
    void aNewerFormatOpensReadOnlyWithAReason() throws Exception {
        Path file = dir.resolve("future.roadshow");
        Files.writeString(file, withNewerFields(2));
        LoadedProject loaded = ProjectFile.load(file);
        assertTrue(loaded.readOnly());
        assertEquals(2, loaded.formatVersion());
        assertTrue(loaded.readOnlyReason().contains("newer Roadshow"), loaded.readOnlyReason());
        assertEquals("From the future", loaded.project().name());
    }

    @Test
    void savingOverANewerFormatIsRefusedAndLeavesTheFileAlone() throws Exception {
        Path file = dir.resolve("future.roadshow");
        Files.writeString(file, withNewerFields(7));
        byte[] before = Files.readAllBytes(file);
        Project project = ProjectFile.load(file).project();
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.save(project, file));
        assertTrue(e.getMessage().contains("future.roadshow"), e.getMessage());
        assertTrue(e.getMessage().contains("newer Roadshow (format 7)"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(Files.exists(AtomicFile.backupOf(file)), "no backup either: nothing was written");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void saveAsOfANewerFileWritesThisFormatAndKeepsTheUnknownFields() throws Exception {
        Path future = dir.resolve("future.roadshow");
        Files.writeString(future, withNewerFields(2));
        Project project = ProjectFile.load(future).project();
        Path copy = dir.resolve("copy.roadshow");
        ProjectFile.save(project, copy);
        LoadedProject reread = ProjectFile.load(copy);
        assertFalse(reread.readOnly());
        assertEquals(1, reread.formatVersion());
        JsonNode expected = new ObjectMapper().readTree(withNewerFields(1));
        assertEquals(expected, new ObjectMapper().readTree(Files.readString(copy)));
    }

    @Test
    void aNewerFormatThatThisVersionCannotReadSaysSo() throws Exception {
        String changed = withNewerFields(3).replace("\"people\": [\n        \"00000000-0000-4000-8000-000000000001\"\n      ]",
                "\"people\": {\"all\": true}");
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> ProjectFile.parse(changed.getBytes(), Path.of("future.roadshow")));
        assertTrue(e.getMessage().contains("newer Roadshow (format 3)"), e.getMessage());
        assertTrue(e.getMessage().contains("trips[0].people"), e.getMessage());
    }
}
