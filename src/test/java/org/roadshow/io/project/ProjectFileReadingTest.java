package org.roadshow.io.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.roadshow.model.Project;

/**
 * Reading a project file: every field of every object is read by its own strict rule, each error has the
 * wording and place the file format has always had, and what a newer Roadshow wrote comes back as the same
 * plain Java values, at any depth.
 */
class ProjectFileReadingTest {
    static final String ANN = "00000000-0000-4000-8000-000000000001";
    static final String SPEAKERS = "\"speakers\": [\"" + ANN + "\"]";
    static final String HOURS = "\"hours\": [{\"day\": \"2017-02-04\", \"open\": \"09:00\", \"close\": \"18:00\"}]";

    /** A small project with an object of most kinds, one field per line where errors are placed. */
    static final String KINDS = """
            {
              "formatVersion": 1,
              "name": "Kinds",
              "people": [
                {
                  "id": "00000000-0000-4000-8000-000000000001",
                  "name": "Ann",
                  "homeZone": "Europe/Brussels"
                }
              ],
              "trips": [
                {
                  "id": "00000000-0000-4000-8000-000000000010",
                  "name": "FOSDEM",
                  "people": ["00000000-0000-4000-8000-000000000001"],
                  "talks": [
                    {
                      "id": "00000000-0000-4000-8000-000000000030",
                      "title": "Talk",
                      "speakers": ["00000000-0000-4000-8000-000000000001"],
                      "otherSpeakers": ["Bob"],
                      "start": {"time": "2017-02-04T11:30", "zone": "Europe/Brussels"},
                      "end": {"time": "2017-02-04T11:55", "zone": "Europe/Brussels"}
                    }
                  ],
                  "booths": [
                    {
                      "id": "00000000-0000-4000-8000-000000000020",
                      "name": "Booth",
                      "zone": "Europe/Brussels",
                      "hours": [{"day": "2017-02-04", "open": "09:00", "close": "18:00"}],
                      "minStaff": 1,
                      "maxStaff": 2
                    }
                  ],
                  "checklist": [
                    {
                      "id": "00000000-0000-4000-8000-000000000060",
                      "text": "Passport",
                      "due": {"daysBeforeTrip": 7},
                      "done": false
                    }
                  ],
                  "programs": [
                    {
                      "id": "00000000-0000-4000-8000-000000000070",
                      "name": "FOSDEM 2017",
                      "zone": "Europe/Brussels",
                      "importedAt": "2017-01-10T08:00:00Z",
                      "sessions": [
                        {
                          "id": "00000000-0000-4000-8000-000000000080",
                          "title": "Keynote",
                          "start": {"time": "2017-02-04T10:00", "zone": "Europe/Brussels"},
                          "end": {"time": "2017-02-04T10:50", "zone": "Europe/Brussels"},
                          "cancelled": true
                        }
                      ]
                    }
                  ]
                }
              ],
              "templates": [
                {
                  "id": "00000000-0000-4000-8000-000000000090",
                  "name": "Talk",
                  "entries": [
                    {"text": "Slides", "due": {"daysBeforeItem": 1, "at": "18:00"}},
                    {"text": "Visa", "due": {"daysBeforeTrip": 30}},
                    {"text": "Water"}
                  ]
                }
              ]
            }
            """;

    static Stream<Arguments> wrongValues() {
        return Stream.of(
                Arguments.of("\"name\": \"Kinds\"", "\"name\": 7",
                        "kinds.roadshow, line 3, column 11: "
                        + "name: expected text, found a number"),
                Arguments.of("\"title\": \"Talk\"", "\"title\": false",
                        "kinds.roadshow, line 19, column 20: "
                        + "trips[0].talks[0].title: expected text, found true/false"),
                Arguments.of("\"title\": \"Talk\"", "\"title\": {\"en\": \"Talk\"}",
                        "kinds.roadshow, line 19, column 20: "
                        + "trips[0].talks[0].title: expected text, found an object {...}"),
                Arguments.of("\"minStaff\": 1", "\"minStaff\": 1.5",
                        "kinds.roadshow, line 32, column 23: "
                        + "trips[0].booths[0].minStaff: expected a whole number, found a number"),
                Arguments.of("\"minStaff\": 1", "\"minStaff\": \"1\"",
                        "kinds.roadshow, line 32, column 23: "
                        + "trips[0].booths[0].minStaff: expected a whole number, found text"),
                Arguments.of("\"minStaff\": 1", "\"minStaff\": 3000000000",
                        "kinds.roadshow, line 32, column 33: "
                        + "a number here is too large"),
                Arguments.of("\"done\": false", "\"done\": null",
                        "kinds.roadshow, line 41, column 19: "
                        + "trips[0].checklist[0].done: expected true or false, found null"),
                Arguments.of("\"done\": false", "\"done\": 0",
                        "kinds.roadshow, line 41, column 19: "
                        + "trips[0].checklist[0].done: expected true or false, found a number"),
                Arguments.of("\"cancelled\": true", "\"cancelled\": \"yes\"",
                        "kinds.roadshow, line 56, column 28: "
                        + "trips[0].programs[0].sessions[0].cancelled: expected true or false, found text"),
                Arguments.of(SPEAKERS, "\"speakers\": [42]",
                        "kinds.roadshow, line 20, column 24: "
                        + "trips[0].talks[0].speakers[0]: expected an id (a UUID such as "
                        + "6f1c2a4e-0b9d-4c1e-9a57-1f2e3d4c5b6a), found a number"),
                Arguments.of(SPEAKERS, "\"speakers\": [\"" + ANN + "\", \"ann\"]",
                        "kinds.roadshow, line 20, column 64: "
                        + "trips[0].talks[0].speakers[1]: 'ann' is not an id (a UUID such as "
                        + "6f1c2a4e-0b9d-4c1e-9a57-1f2e3d4c5b6a)"),
                Arguments.of(SPEAKERS, "\"speakers\": \"" + ANN + "\"",
                        "kinds.roadshow, line 20, column 23: "
                        + "trips[0].talks[0].speakers: expected a list [...], found text"),
                Arguments.of("\"otherSpeakers\": [\"Bob\"]", "\"otherSpeakers\": [\"Bob\", 3]",
                        "kinds.roadshow, line 21, column 36: "
                        + "trips[0].talks[0].otherSpeakers[1]: expected text, found a number"),
                Arguments.of("\"otherSpeakers\": [\"Bob\"]", "\"otherSpeakers\": [[\"Bob\"]]",
                        "kinds.roadshow, line 21, column 29: "
                        + "trips[0].talks[0].otherSpeakers[0]: expected text, found a list [...]"),
                Arguments.of("\"homeZone\": \"Europe/Brussels\"", "\"homeZone\": 1",
                        "kinds.roadshow, line 8, column 19: "
                        + "people[0].homeZone: expected a time zone (an IANA zone id such as Europe/Brussels), "
                        + "found a number"),
                Arguments.of("\"homeZone\": \"Europe/Brussels\"", "\"homeZone\": \"Mars/Olympus\"",
                        "kinds.roadshow, line 8, column 19: "
                        + "people[0].homeZone: 'Mars/Olympus' is not a known time zone (use an IANA zone id such as "
                        + "Europe/Brussels)"),
                Arguments.of("\"time\": \"2017-02-04T11:30\"", "\"time\": [2017, 2, 4, 11, 30]",
                        "kinds.roadshow, line 22, column 29: "
                        + "trips[0].talks[0].start.time: expected a date and time such as 2017-02-04T11:30, found a "
                        + "list [...]"),
                Arguments.of("\"day\": \"2017-02-04\"", "\"day\": \"04/02/2017\"",
                        "kinds.roadshow, line 31, column 29: "
                        + "trips[0].booths[0].hours[0].day: '04/02/2017' is not a date such as 2017-02-04"),
                Arguments.of("\"open\": \"09:00\"", "\"open\": \"9am\"",
                        "kinds.roadshow, line 31, column 51: "
                        + "trips[0].booths[0].hours[0].open: '9am' is not a time of day such as 09:30"),
                Arguments.of("\"importedAt\": \"2017-01-10T08:00:00Z\"", "\"importedAt\": 1484035200",
                        "kinds.roadshow, line 49, column 25: "
                        + "trips[0].programs[0].importedAt: expected an instant such as 2017-01-10T08:00:00Z, found "
                        + "a number"),
                Arguments.of("\"importedAt\": \"2017-01-10T08:00:00Z\"", "\"importedAt\": \"2017-01-10T08:00\"",
                        "kinds.roadshow, line 49, column 25: "
                        + "trips[0].programs[0].importedAt: '2017-01-10T08:00' is not an instant such as "
                        + "2017-01-10T08:00:00Z"),
                Arguments.of("\"due\": {\"daysBeforeTrip\": 7}", "\"due\": 7",
                        "kinds.roadshow, line 40, column 18: "
                        + "trips[0].checklist[0].due: expected an object {...}, found a number"),
                Arguments.of("\"due\": {\"daysBeforeTrip\": 7}", "\"due\": {\"daysBeforeTrip\": 7.0}",
                        "kinds.roadshow, line 40, column 37: "
                        + "trips[0].checklist[0].due.daysBeforeTrip: expected a whole number, found a number"),
                Arguments.of(HOURS, "\"hours\": {\"day\": \"2017-02-04\"}",
                        "kinds.roadshow, line 31, column 20: "
                        + "trips[0].booths[0].hours: expected a list [...], found an object {...}"),
                Arguments.of(HOURS, "\"hours\": [\"09:00-18:00\"]",
                        "kinds.roadshow, line 31, column 21: "
                        + "trips[0].booths[0].hours[0]: expected an object {...}, found text"),
                Arguments.of("\"sessions\": [", "\"sessions\": [true, ",
                        "kinds.roadshow, line 50, column 24: "
                        + "trips[0].programs[0].sessions[0]: expected an object {...}, found true/false"),
                Arguments.of("\"trips\": [", "\"trips\": [[], ",
                        "kinds.roadshow, line 11, column 13: "
                        + "trips[0]: expected an object {...}, found a list [...]"),
                Arguments.of("\"people\": [\n    {", "\"people\": [\n    \"Ann\", {",
                        "kinds.roadshow, line 5, column 5: "
                        + "people[0]: expected an object {...}, found text"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("wrongValues")
    void aValueOfTheWrongKindIsNamedByItsPathAndPlace(String field, String broken, String message) {
        assertTrue(KINDS.contains(field), field);
        byte[] content = KINDS.replace(field, broken).getBytes(StandardCharsets.UTF_8);
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> ProjectFile.parse(content, Path.of("kinds.roadshow")));
        assertEquals(message, e.getMessage());
    }

    /**
     * Each DTO field a file may hold is bound by its own rule and not silently kept as an unknown field: a
     * value no field accepts ([true]) is an error at that field, while the same value under an unknown name
     * is kept.
     */
    @Test
    void everyFieldOfEveryObjectIsRead() throws Exception {
        for (Class<?> type : reachableFrom(JsonProject.class)) {
            for (String name : JsonObject.knownNames(type)) {
                JsonMappingException e = assertThrows(JsonMappingException.class,
                        () -> read(type, "{\"" + name + "\": [true]}"), type.getSimpleName() + "." + name);
                assertEquals(name, e.getPath().get(0).getFieldName(), e.getOriginalMessage());
            }
            JsonObject unknown = read(type, "{\"notAField\": [true]}");
            assertEquals(Map.of("notAField", List.of(true)), unknown.unknownFields(), type.getSimpleName());
        }
    }

    /** What a newer Roadshow might store: every kind of JSON value, nested. */
    static final String NEWER_VALUE = "{\"int\": 1, \"long\": 3000000000, \"big\": 12345678901234567890123,"
            + " \"fraction\": 2.50, \"huge\": 1E+400, \"yes\": true, \"no\": false, \"nothing\": null,"
            + " \"text\": \"\u00e9\\n\", \"empty\": {}, \"none\": [], \"list\": [1, [2, {\"a\": [0.1]}], null]}";

    static Map<String, Object> newerValue() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("a", new ArrayList<>(List.of(new BigDecimal("0.1"))));
        List<Object> list = new ArrayList<>(Arrays.asList(1, new ArrayList<>(List.of(2, inner)), null));
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("int", 1);
        value.put("long", 3_000_000_000L);
        value.put("big", new BigInteger("12345678901234567890123"));
        value.put("fraction", new BigDecimal("2.50"));
        value.put("huge", new BigDecimal("1E+400"));
        value.put("yes", true);
        value.put("no", false);
        value.put("nothing", null);
        value.put("text", "\u00e9\n");
        value.put("empty", new LinkedHashMap<>());
        value.put("none", new ArrayList<>());
        value.put("list", list);
        return value;
    }

    @Test
    void unknownValuesOfEveryKindComeBackAsTheSameJavaValuesAtEveryLevel() throws Exception {
        String x = "\"x\": " + NEWER_VALUE + ", ";
        String file = KINDS
                .replace("\"name\": \"Kinds\",", x + "\"name\": \"Kinds\",")
                .replace("\"name\": \"Ann\",", x + "\"name\": \"Ann\",")
                .replace("\"name\": \"FOSDEM\",", x + "\"name\": \"FOSDEM\",")
                .replace("\"title\": \"Talk\",", x + "\"title\": \"Talk\",")
                .replace("{\"time\": \"2017-02-04T11:30\",", "{" + x + "\"time\": \"2017-02-04T11:30\",")
                .replace("\"name\": \"Booth\",", x + "\"name\": \"Booth\",")
                .replace("{\"day\": \"2017-02-04\",", "{" + x + "\"day\": \"2017-02-04\",")
                .replace("\"text\": \"Passport\",", x + "\"text\": \"Passport\",")
                .replace("{\"daysBeforeTrip\": 7}", "{" + x + "\"daysBeforeTrip\": 7}")
                .replace("\"name\": \"FOSDEM 2017\",", x + "\"name\": \"FOSDEM 2017\",")
                .replace("\"title\": \"Keynote\",", x + "\"title\": \"Keynote\",");
        assertTrue(ProjectFile.parse(KINDS.getBytes(StandardCharsets.UTF_8), null).project().unknown().isEmpty());
        Project project = ProjectFile.parse(file.getBytes(StandardCharsets.UTF_8), null).project();
        List<String> owners = List.of("project", ANN, "00000000-0000-4000-8000-000000000010",
                "00000000-0000-4000-8000-000000000030", "00000000-0000-4000-8000-000000000030/start",
                "00000000-0000-4000-8000-000000000020", "00000000-0000-4000-8000-000000000020/hours[0]",
                "00000000-0000-4000-8000-000000000060", "00000000-0000-4000-8000-000000000060/due",
                "00000000-0000-4000-8000-000000000070", "00000000-0000-4000-8000-000000000080");
        assertEquals(Set.copyOf(owners), project.unknown().byOwner().keySet());
        for (String owner : owners) {
            assertSameValue(newerValue(), project.unknown().of(owner).get("x"), owner);
        }

        byte[] saved = ProjectFile.toBytes(project);
        String text = new String(saved, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"fraction\": 2.50,") && text.contains("\"huge\": 1E+400,")
                && text.contains("\"big\": 12345678901234567890123,"), "numbers are written as they were read");
        assertArrayEquals(saved, ProjectFile.toBytes(ProjectFile.parse(saved, null).project()),
                "a saved file reads and saves again byte for byte");
    }

    @Test
    void aDeeplyNestedUnknownValueIsKeptAndOneTooDeepIsRefused() throws Exception {
        int depth = 990; // the session is at depth 7; jackson-core allows 1000
        String deep = "[{\"a\": ".repeat(depth / 2) + "\"bottom\"" + "}]".repeat(depth / 2);
        String file = KINDS.replace("\"title\": \"Keynote\",", "\"deep\": " + deep + ", \"title\": \"Keynote\",");
        Project project = ProjectFile.parse(file.getBytes(StandardCharsets.UTF_8), null).project();
        Object value = project.unknown().of("00000000-0000-4000-8000-000000000080").get("deep");
        for (int i = 0; i < depth / 2; i++) {
            value = ((Map<?, ?>) ((ArrayList<?>) value).get(0)).get("a");
        }
        assertEquals("bottom", value);
        byte[] saved = ProjectFile.toBytes(project);
        assertEquals(project, ProjectFile.parse(saved, null).project());

        String tooDeep = KINDS.replace("\"title\": \"Keynote\",", "\"deep\": " + "[".repeat(depth + 10)
                + "]".repeat(depth + 10) + ", \"title\": \"Keynote\",");
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> ProjectFile.parse(tooDeep.getBytes(StandardCharsets.UTF_8), Path.of("deep.roadshow")));
        assertEquals("deep.roadshow: the file is nested too deeply or holds a value too long to read", e.getMessage());
        assertTrue(e.technical().orElseThrow().startsWith("Document nesting depth (1001) exceeds the maximum allowed"
                + " (1000"), e.technical().orElseThrow());
    }

    @Test
    void aMigratedFileIsReadByTheSameRules() {
        String old = "{\"formatVersion\": 0, \"title\": \"Old\", \"people\": [{\"id\": 7}], \"trips\": []}\n";
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.parse(
                old.getBytes(StandardCharsets.UTF_8), Path.of("old.roadshow"), MigrationsTest.FROM_ZERO));
        assertEquals("old.roadshow: people[0].id: expected an id (a UUID such as 6f1c2a4e-0b9d-4c1e-9a57-1f2e3d4c5b6a),"
                + " found a number", e.getMessage(), "locations are lost in a migrated tree");

        String trailing = "{\"formatVersion\": 0, \"title\": \"Old\", \"people\": [], \"trips\": []}\n{}\n";
        e = assertThrows(ProjectFileException.class, () -> ProjectFile.parse(
                trailing.getBytes(StandardCharsets.UTF_8), Path.of("old.roadshow"), MigrationsTest.FROM_ZERO));
        assertEquals("old.roadshow, line 2, column 1: there is more content after the project's closing '}'",
                e.getMessage());
    }

    @Test
    void aMigratedFileKeepsItsUnknownValues() throws Exception {
        String old = "{\"formatVersion\": 0, \"title\": \"Old\", \"people\": [], \"trips\": [], \"x\": "
                + NEWER_VALUE + "}";
        Project project = ProjectFile.parse(old.getBytes(StandardCharsets.UTF_8), null, MigrationsTest.FROM_ZERO)
                .project();
        Map<String, Object> expected = newerValue();
        expected.put("fraction", new BigDecimal("2.5")); // the JSON tree of a migration drops trailing zeros
        assertSameValue(expected, project.unknown().of("project").get("x"), "project");
    }

    private static JsonObject read(Class<?> type, String json) throws Exception {
        return ProjectJson.MAPPER.readerFor(type).readValue(json);
    }

    /** The DTO classes a project file can hold: fields of a DTO type, or lists of one. */
    private static Set<Class<?>> reachableFrom(Class<?> root) {
        Set<Class<?>> seen = new HashSet<>(List.of(root));
        Deque<Class<?>> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            for (Field f : todo.pop().getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())) {
                    continue;
                }
                Class<?> type = f.getType();
                if (f.getGenericType() instanceof ParameterizedType list && List.class.equals(type)) {
                    type = (Class<?>) list.getActualTypeArguments()[0];
                }
                if (JsonObject.class.isAssignableFrom(type) && seen.add(type)) {
                    todo.add(type);
                }
            }
        }
        return seen;
    }

    /** Equal, and of the same classes all the way down (Integer is not Long; LinkedHashMap, ArrayList). */
    private static void assertSameValue(Object expected, Object actual, String where) {
        if (expected == null) {
            assertEquals(null, actual, where);
            return;
        }
        assertEquals(expected.getClass(), actual == null ? null : actual.getClass(), where);
        if (expected instanceof Map<?, ?> map) {
            assertEquals(List.copyOf(map.keySet()), List.copyOf(((Map<?, ?>) actual).keySet()), where);
            map.forEach((k, v) -> assertSameValue(v, ((Map<?, ?>) actual).get(k), where + "." + k));
        } else if (expected instanceof List<?> list) {
            assertEquals(list.size(), ((List<?>) actual).size(), where);
            for (int i = 0; i < list.size(); i++) {
                assertSameValue(list.get(i), ((List<?>) actual).get(i), where + "[" + i + "]");
            }
        } else {
            assertEquals(expected, actual, where);
        }
    }
}
