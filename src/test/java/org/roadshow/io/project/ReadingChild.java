package org.roadshow.io.project;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link ReadingLoadsNoDatabindTest}: reads the sample, a file with fields of a newer
 * Roadshow, one of a newer format and broken ones, the way the application does. It touches no test class
 * that uses jackson-databind, so that any databind class the JVM loads was loaded by reading.
 */
public final class ReadingChild {
    static final String DONE = "read all";

    private ReadingChild() {
    }

    public static void main(String[] args) throws Exception {
        SampleProjects.loadSample();
        String file = """
                {"formatVersion": %d, "name": "N", "theme": {"a": [1, 3000000000, 1.5, true, null, "s", {}]},
                 "people": [{"id": "00000000-0000-4000-8000-000000000001", "pronouns": "she/her"}],
                 "trips": [{"id": "00000000-0000-4000-8000-000000000010", "hotels": [{"nights": 3}],
                   "talks": [{"id": "00000000-0000-4000-8000-000000000030", "title": "T",
                     "start": {"time": "2017-02-04T11:30", "zone": "Europe/Brussels", "precision": "minute"},
                     "end": {"time": "2017-02-04T11:55", "zone": "Europe/Brussels"}}]}]}
                """;
        parse(file.formatted(1), true);
        parse(file.formatted(2), true);
        parse(file.formatted(1).replace("\"title\": \"T\"", "\"title\": 42"), false);
        parse(file.formatted(1).replace("\"name\": \"N\"", "\"name\": N"), false);
        parse(file.formatted(1).replace("11:55", "11:00"), false);
        parse(file.formatted(1) + "{}", false);
        System.out.println(DONE);
    }

    private static void parse(String content, boolean valid) throws ProjectFileException {
        try {
            ProjectFile.parse(content.getBytes(StandardCharsets.UTF_8), Path.of("child.roadshow"));
            if (!valid) {
                throw new IllegalStateException("a broken file was read: " + content);
            }
        } catch (ProjectFileException e) {
            if (valid) {
                throw e;
            }
        }
    }
}
