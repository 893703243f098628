package org.roadshow.io.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test programmes from {@code src/test/resources/schedules}. */
final class Fixtures {
    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/schedules/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedSchedule parse(String name) throws ScheduleImportException {
        return ScheduleImport.parse(bytes(name), name);
    }

    static ParsedSchedule parseText(String text, String name) throws ScheduleImportException {
        return ScheduleImport.parse(text.getBytes(StandardCharsets.UTF_8), name);
    }
}
