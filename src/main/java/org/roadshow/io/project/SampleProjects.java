package org.roadshow.io.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.roadshow.model.Project;

/**
 * The sample project shipped inside the application (built from assets/samples/roadshow-sample.roadshow),
 * shown when Roadshow starts without a file.
 */
public final class SampleProjects {
    public static final String RESOURCE = "/samples/roadshow-sample.roadshow";

    private SampleProjects() {
    }

    /** The sample as read from the class path; a missing or broken sample is a build defect. */
    public static Project openSample() {
        try {
            return loadSample().project();
        } catch (ProjectFileException e) {
            throw new IllegalStateException("the bundled sample project is broken: " + e.getMessage(), e);
        }
    }

    public static LoadedProject loadSample() throws ProjectFileException {
        Path name = Path.of("roadshow-sample.roadshow");
        try (InputStream in = SampleProjects.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ProjectFileException(name, "the sample project is missing from the application", null);
            }
            return ProjectFile.parse(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
