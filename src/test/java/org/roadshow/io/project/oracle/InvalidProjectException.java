package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * A problem found while turning the file's objects into the model (a missing field, an end before its
 * start, a dangling reference): which object, where its '{' was in the file, and what is wrong.
 */
final class InvalidProjectException extends RuntimeException {
    private final transient JsonLocation location;
    private final String path;
    private final String problem;

    InvalidProjectException(JsonLocation location, String path, String problem) {
        super(path + ": " + problem, null, false, false);
        this.location = location;
        this.path = path;
        this.problem = problem;
    }

    String path() {
        return path;
    }

    String problem() {
        return problem;
    }

    /** The 1-based line of the object, or -1 when it was not read from a file. */
    int line() {
        return location == null ? -1 : location.getLineNr();
    }

    int column() {
        return location == null ? -1 : location.getColumnNr();
    }
}
