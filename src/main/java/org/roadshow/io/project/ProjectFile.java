package org.roadshow.io.project;

import java.nio.file.Path;
import org.roadshow.model.Project;

/** Reads and writes {@code .roadshow} files. (Implementation lands with the project file work.) */
public final class ProjectFile {
    public static final int FORMAT_VERSION = 1;
    public static final String EXTENSION = ".roadshow";

    private ProjectFile() {
    }

    public static LoadedProject load(Path file) throws ProjectFileException {
        throw new ProjectFileException(file, "not implemented yet", null);
    }

    public static void save(Project project, Path file) throws ProjectFileException {
        throw new ProjectFileException(file, "not implemented yet", null);
    }
}
