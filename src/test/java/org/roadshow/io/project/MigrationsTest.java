package org.roadshow.io.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationsTest {
    /** A made-up format 0 that called the project's name "title": one step brings it to format 1. */
    static final Migrations FROM_ZERO = new Migrations(0, List.of(
            new Migrations.Step(0, root -> root.set("name", root.remove("title")))));

    @Test
    void theStandardChainEndsAtTheCurrentFormat() {
        assertEquals(ProjectFile.FORMAT_VERSION, Migrations.STANDARD.current());
        assertFalse(Migrations.STANDARD.canMigrate(0));
    }

    @Test
    void stepsRunInOrderAndSetTheVersion() throws Exception {
        Migrations twoSteps = new Migrations(1, List.of(
                new Migrations.Step(1, root -> root.put("log", root.path("log").asText() + "a")),
                new Migrations.Step(2, root -> root.put("log", root.path("log").asText() + "b"))));
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree("{\"formatVersion\": 1}");
        twoSteps.migrate(root, 1);
        assertEquals("{\"formatVersion\":3,\"log\":\"ab\"}", root.toString());
        ObjectNode fromTwo = (ObjectNode) new ObjectMapper().readTree("{\"formatVersion\": 2}");
        twoSteps.migrate(fromTwo, 2);
        assertEquals("{\"formatVersion\":3,\"log\":\"b\"}", fromTwo.toString());
    }

    @Test
    void aChainWithAGapIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Migrations(1, List.of(
                new Migrations.Step(2, root -> { }))));
    }

    @Test
    void anOlderFileIsMigratedWhenLoaded() throws Exception {
        String old = """
                {"formatVersion": 0, "title": "Old project", "people": [], "trips": []}
                """;
        LoadedProject loaded = ProjectFile.parse(old.getBytes(StandardCharsets.UTF_8), Path.of("old.roadshow"), FROM_ZERO);
        assertEquals("Old project", loaded.project().name());
        assertEquals(0, loaded.formatVersion());
        assertFalse(loaded.readOnly());
        String saved = new String(ProjectFile.toBytes(loaded.project()), StandardCharsets.UTF_8);
        assertTrue(saved.contains("\"formatVersion\": 1"), saved);
    }

    @Test
    void anErrorInAMigratedFileStillNamesTheFileAndThePath() {
        String old = """
                {"formatVersion": 0, "title": "Old", "people": [{"id": "x"}], "trips": []}
                """;
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.parse(
                old.getBytes(StandardCharsets.UTF_8), Path.of("old.roadshow"), FROM_ZERO));
        assertTrue(e.getMessage().startsWith("old.roadshow: people[0].id: 'x' is not an id"), e.getMessage());
    }

    @Test
    void aFormatOlderThanAnyKnownIsRefused() {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.parse(
                "{\"formatVersion\": 0}".getBytes(StandardCharsets.UTF_8), Path.of("zero.roadshow")));
        assertEquals("zero.roadshow: formatVersion 0 is not a Roadshow file format", e.getMessage());
    }
}
