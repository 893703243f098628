package org.roadshow.io.programme;

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

    static ParsedProgramme parse(String name) throws ProgrammeImportException {
        return ProgrammeImport.parse(bytes(name), name);
    }

    static ParsedProgramme parseText(String text, String name) throws ProgrammeImportException {
        return ProgrammeImport.parse(text.getBytes(StandardCharsets.UTF_8), name);
    }
}
