package org.roadshow.io.project;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A project file that cannot be read or written: what is wrong in a user's words ("the file ends early; it looks
 * cut off"), the file and, where known, line and column, and the parser's own words where they add something.
 * The message is "FILE, line L, column C: problem", one line for a terminal or a log.
 */
public final class ProjectFileException extends Exception {
    private final transient Path file;
    private final int line;
    private final int column;
    private final String problem;
    private final String technical;

    public ProjectFileException(Path file, int line, int column, String problem, String technical, Throwable cause) {
        super(place(file, line, column) + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.technical = technical == null || technical.isBlank() ? null : technical.strip();
    }

    public ProjectFileException(Path file, int line, int column, String problem, Throwable cause) {
        this(file, line, column, problem, null, cause);
    }

    public ProjectFileException(Path file, String problem, Throwable cause) {
        this(file, -1, -1, problem, null, cause);
    }

    private static String place(Path file, int line, int column) {
        String where = file == null ? "project file" : file.toString();
        if (line > 0) {
            where += ", line " + line + (column > 0 ? ", column " + column : "");
        }
        return where;
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

    /** What is wrong, without the place: "the file ends early; it looks cut off". */
    public String problem() {
        return problem;
    }

    /** The problem as a sentence to head a dialog: "The file ends early; it looks cut off." */
    public String sentence() {
        String s = Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
        return s.endsWith(".") || s.endsWith("?") ? s : s + ".";
    }

    /** "FILE, line L, column C", or just the file. */
    public String place() {
        return place(file, line, column);
    }

    /** The JSON parser's own words, when they say more than {@link #problem()}. */
    public Optional<String> technical() {
        return Optional.ofNullable(technical);
    }
}
