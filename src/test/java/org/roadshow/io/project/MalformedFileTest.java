package org.roadshow.io.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each broken file gives one clear error that names the file, the line and column where the problem is,
 * and what is wrong; loading returns nothing, so what the caller had stays as it was.
 */
class MalformedFileTest {
    static final String VALID = """
            {
              "formatVersion": 1,
              "name": "Small",
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
                  "people": [
                    "00000000-0000-4000-8000-000000000001"
                  ],
                  "talks": [
                    {
                      "id": "00000000-0000-4000-8000-000000000030",
                      "title": "Talk",
                      "speakers": [
                        "00000000-0000-4000-8000-000000000001"
                      ],
                      "start": {
                        "time": "2017-02-04T11:30",
                        "zone": "Europe/Brussels"
                      },
                      "end": {
                        "time": "2017-02-04T11:55",
                        "zone": "Europe/Brussels"
                      }
                    }
                  ],
                  "booths": [
                    {
                      "id": "00000000-0000-4000-8000-000000000020",
                      "name": "Booth",
                      "zone": "Europe/Brussels",
                      "minStaff": 1,
                      "maxStaff": 2
                    }
                  ],
                  "shifts": [
                    {
                      "id": "00000000-0000-4000-8000-000000000040",
                      "boothId": "00000000-0000-4000-8000-000000000020",
                      "start": {
                        "time": "2017-02-04T09:30",
                        "zone": "Europe/Brussels"
                      },
                      "end": {
                        "time": "2017-02-04T12:00",
                        "zone": "Europe/Brussels"
                      },
                      "people": [
                        "00000000-0000-4000-8000-000000000001"
                      ]
                    }
                  ],
                  "travel": [
                    {
                      "id": "00000000-0000-4000-8000-000000000050",
                      "mode": "train",
                      "departure": {
                        "time": "2017-02-03T16:01",
                        "zone": "Europe/London"
                      },
                      "arrival": {
                        "time": "2017-02-03T19:05",
                        "zone": "Europe/Brussels"
                      }
                    }
                  ],
                  "checklist": [
                    {
                      "id": "00000000-0000-4000-8000-000000000060",
                      "text": "Passport",
                      "assignee": "00000000-0000-4000-8000-000000000001",
                      "done": false
                    }
                  ]
                }
              ]
            }
            """;

    @TempDir
    Path dir;

    /** A case: the broken content, the text on the line the error must name, and what the message says. */
    static Stream<Arguments> brokenFiles() {
        String truncated = VALID.substring(0, VALID.indexOf("\"booths\"") + 11);
        return Stream.of(
                Arguments.of("truncated", truncated, lastLine(truncated), "the file ends early; it looks cut off"),
                Arguments.of("cut in a word", VALID.substring(0, VALID.indexOf("false") + 3), "\"done\": fal",
                        "the file ends early; it looks cut off"),
                Arguments.of("XML", "<?xml version=\"1.0\"?>\n<schedule/>\n", null, "not a Roadshow project: it is an XML file"),
                Arguments.of("iCalendar", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", null,
                        "not a Roadshow project: it is an iCalendar file"),
                Arguments.of("binary", "\u0089PNG\r\n\u001a\n\u0000\u0000", null, "not a Roadshow project: it is not a text file"),
                Arguments.of("not JSON", "hello\n", "hello", "not a Roadshow project: it is not JSON"),
                Arguments.of("git merge conflict", VALID.replace("  \"name\": \"Small\",\n",
                                "<<<<<<< HEAD\n  \"name\": \"Small\",\n=======\n  \"name\": \"Smaller\",\n>>>>>>> theirs\n"),
                        "<<<<<<<", "git merge conflict that was not resolved"),
                Arguments.of("not JSON inside", VALID.replace("\"name\": \"Small\",", "\"name\": Small,"), "Small,",
                        "not valid JSON"),
                Arguments.of("a list at the top", "[1, 2]", "[1, 2]", "should start with '{'"),
                Arguments.of("trailing garbage", VALID + "garbage\n", "garbage", "not valid JSON"),
                Arguments.of("a second object after the first", VALID + "{}\n", "{}", "more content after the project"),
                Arguments.of("duplicate key", VALID.replace("\"name\": \"Small\",", "\"name\": \"Small\", \"name\": \"B\","),
                        "\"name\": \"B\"", "\"name\" is written twice"),
                Arguments.of("formatVersion missing", VALID.replace("\"formatVersion\": 1,", ""), null,
                        "no \"formatVersion\""),
                Arguments.of("formatVersion as text", VALID.replace("\"formatVersion\": 1", "\"formatVersion\": \"1\""),
                        "\"formatVersion\"", "formatVersion: expected a whole number, found text"),
                Arguments.of("number where text belongs", VALID.replace("\"title\": \"Talk\"", "\"title\": 42"),
                        "\"title\": 42", "trips[0].talks[0].title: expected text, found a number"),
                Arguments.of("text where a number belongs", VALID.replace("\"minStaff\": 1", "\"minStaff\": \"one\""),
                        "\"minStaff\"", "trips[0].booths[0].minStaff: expected a whole number"),
                Arguments.of("object where a list belongs", VALID.replace(
                                "\"people\": [\n        \"00000000-0000-4000-8000-000000000001\"\n      ]",
                                "\"people\": {\"all\": true}"),
                        "\"people\": {\"all\"", "trips[0].people: expected a list [...], found an object"),
                Arguments.of("boolean as text", VALID.replace("\"done\": false", "\"done\": \"no\""), "\"done\"",
                        "trips[0].checklist[0].done: expected true or false"),
                Arguments.of("missing start", VALID.replaceFirst("(?s)\\s*\"start\": \\{[^}]*\\},", ""),
                        "^\"id\": \"00000000-0000-4000-8000-000000000030\"", "trips[0].talks[0]: \"start\" is missing"),
                Arguments.of("missing id", VALID.replace("\"id\": \"00000000-0000-4000-8000-000000000060\",\n          ", ""),
                        "^" + "\"text\": \"Passport\"", "trips[0].checklist[0]: \"id\" is missing"),
                Arguments.of("missing zone", VALID.replace("\"zone\": \"Europe/London\"", "\"zon\": \"Europe/London\""),
                        "\"departure\"", "trips[0].travel[0].departure: \"zone\" is missing"),
                Arguments.of("unknown zone", VALID.replace("\"zone\": \"Europe/London\"", "\"zone\": \"Europe/Londres\""),
                        "Europe/Londres", "'Europe/Londres' is not a known time zone"),
                Arguments.of("ical4j zone", VALID.replace("\"zone\": \"Europe/London\"",
                                "\"zone\": \"ical4j~5e7a1c44-3f7e-4b1f-a1cb-8c9d0e1f2a3b\""),
                        "ical4j~", "is not a known time zone"),
                Arguments.of("bad date", VALID.replace("2017-02-04T11:30", "2017-02-30T11:30"), "2017-02-30T11:30",
                        "trips[0].talks[0].start.time: '2017-02-30T11:30' is not a date and time"),
                Arguments.of("bad id", VALID.replace("\"00000000-0000-4000-8000-000000000060\"", "\"item-60\""),
                        "item-60", "'item-60' is not an id"),
                Arguments.of("end before start", VALID.replace("2017-02-04T11:55", "2017-02-04T11:00"),
                        "\"end\": {", "trips[0].talks[0]: end (2017-02-04T11:00 Europe/Brussels) is before start"),
                Arguments.of("arrival before departure in another zone",
                        VALID.replace("2017-02-03T19:05", "2017-02-03T17:00"), "\"arrival\": {",
                        "arrival (2017-02-03T17:00 Europe/Brussels) is before departure (2017-02-03T16:01 Europe/London)"),
                Arguments.of("shift of a booth that does not exist",
                        VALID.replace("\"boothId\": \"00000000-0000-4000-8000-000000000020\"",
                                "\"boothId\": \"00000000-0000-4000-8000-000000000099\""),
                        "^" + "\"id\": \"00000000-0000-4000-8000-000000000040\"",
                        "trips[0].shifts[0]: boothId 00000000-0000-4000-8000-000000000099 is not a booth of this trip"),
                Arguments.of("speaker who is not in the project",
                        VALID.replace("\"speakers\": [\n            \"00000000-0000-4000-8000-000000000001\"",
                                "\"speakers\": [\n            \"00000000-0000-4000-8000-000000000002\""),
                        "^" + "\"id\": \"00000000-0000-4000-8000-000000000030\"",
                        "speakers[0] names the person 00000000-0000-4000-8000-000000000002, who is not in the project"),
                Arguments.of("assignee who is not in the project",
                        VALID.replace("\"assignee\": \"00000000-0000-4000-8000-000000000001\"",
                                "\"assignee\": \"00000000-0000-4000-8000-000000000003\""),
                        "^" + "\"id\": \"00000000-0000-4000-8000-000000000060\"", "assignee names the person"),
                Arguments.of("the same id twice",
                        VALID.replace("\"id\": \"00000000-0000-4000-8000-000000000060\"",
                                "\"id\": \"00000000-0000-4000-8000-000000000030\""),
                        "^" + "\"id\": \"00000000-0000-4000-8000-000000000030\",\n          \"text\"",
                        "the id 00000000-0000-4000-8000-000000000030 is already used by trips[0].talks[0]"),
                Arguments.of("unknown travel mode", VALID.replace("\"mode\": \"train\"", "\"mode\": \"hovercraft\""),
                        "^" + "\"id\": \"00000000-0000-4000-8000-000000000050\"",
                        "mode 'hovercraft' is not one of flight, train, bus, car, ferry, other"),
                Arguments.of("null item", VALID.replace("\"talks\": [\n", "\"talks\": [\n null,\n"),
                        "^\"id\": \"00000000-0000-4000-8000-000000000010\"",
                        "trips[0].talks[0]: is null"),
                Arguments.of("negative staff", VALID.replace("\"minStaff\": 1", "\"minStaff\": -1"),
                        "^" + "\"id\": \"00000000-0000-4000-8000-000000000020\"", "minStaff is negative"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileGivesOneClearErrorWithItsPlace(String name, String content, String lineText, String problem)
            throws Exception {
        Path good = dir.resolve("good.roadshow");
        Files.writeString(good, VALID);
        LoadedProject current = ProjectFile.load(good);
        Path file = dir.resolve("broken.roadshow");
        Files.writeString(file, content);
        byte[] before = Files.readAllBytes(file);

        LoadedProject previous = current;
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.load(file));
        assertSame(previous, current, "a failed load hands back nothing; the caller keeps its project");
        assertEquals(ProjectFile.load(good).project(), current.project());
        assertArrayEquals(before, Files.readAllBytes(file), "reading never changes the file");

        String message = e.getMessage();
        assertTrue(message.startsWith(file.toString()), "names the file: " + message);
        assertEquals(file, e.file());
        assertTrue(message.contains(problem), "says '" + problem + "': " + message);
        if (lineText != null) {
            int expectedLine = lineOf(content, lineText);
            assertEquals(expectedLine, e.line(), "line of '" + lineText + "' in: " + message);
            assertTrue(e.column() > 0, message);
            assertTrue(message.contains("line " + expectedLine + ", column " + e.column()), message);
        }
    }

    @Test
    void anEmptyFileSaysItIsEmpty() throws Exception {
        for (String content : new String[] {"", "  \n\t\n"}) {
            Path file = dir.resolve("empty.roadshow");
            Files.writeString(file, content);
            ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.load(file));
            assertEquals(file + ": the file is empty; it is not a Roadshow project", e.getMessage());
        }
    }

    @Test
    void aMissingFileOrAFolderSaysSo() {
        Path missing = dir.resolve("missing.roadshow");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.load(missing));
        assertEquals(missing + ": cannot open: no such file", e.getMessage());
        e = assertThrows(ProjectFileException.class, () -> ProjectFile.load(dir));
        assertTrue(e.getMessage().contains("this is a folder"), e.getMessage());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeReading() throws Exception {
        Path file = dir.resolve("huge.roadshow");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(ProjectFile.MAX_BYTES + 1); // sparse: no 50 MB written
        }
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.load(file));
        assertTrue(e.getMessage().contains("up to 50 MB"), e.getMessage());
    }

    @Test
    void theValidBaseFileLoads() throws Exception {
        assertEquals("Small", ProjectFile.parse(VALID.getBytes(StandardCharsets.UTF_8), null).project().name());
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    /** The 1-based line of the first occurrence of {@code needle}; "^needle": the line before it. */
    static int lineOf(String content, String needle) {
        if (needle.startsWith("^")) {
            return lineOf(content, needle.substring(1)) - 1;
        }
        int at = content.indexOf(needle);
        if (at < 0) {
            throw new IllegalArgumentException("not in the file: " + needle);
        }
        return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
