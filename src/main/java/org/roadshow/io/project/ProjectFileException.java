package org.roadshow.io.project;

import java.nio.file.Path;

/** A project file that cannot be read or written, with the file and, where known, line and column. */
public final class ProjectFileException extends Exception {
    private final transient Path file;
    private final int line;
    private final int column;

    public ProjectFileException(Path file, int line, int column, String problem, Throwable cause) {
        super(describe(file, line, column, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public ProjectFileException(Path file, String problem, Throwable cause) {
        this(file, -1, -1, problem, cause);
    }

    private static String describe(Path file, int line, int column, String problem) {
        String where = file == null ? "project file" : file.toString();
        if (line > 0) {
            where += ", line " + line + (column > 0 ? ", column " + column : "");
        }
        return where + ": " + problem;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column, or -1 when unknown. */
    public int column() {
        return column;
    }
}
