package org.roadshow.io.programme;

/**
 * A programme file that cannot be imported: names the file, the line where known, and what is wrong in
 * words a user understands. Every parser failure, including the libraries' runtime exceptions, ends up
 * as one of these.
 */
public final class ProgrammeImportException extends Exception {
    private final String source;
    private final int line;
    private final String problem;

    public ProgrammeImportException(String source, int line, String problem, Throwable cause) {
        super(describe(source, line, problem), cause);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    public ProgrammeImportException(String source, String problem) {
        this(source, -1, problem, null);
    }

    private static String describe(String source, int line, String problem) {
        String where = source == null || source.isBlank() ? "programme file" : source;
        return (line > 0 ? where + ", line " + line : where) + ": " + problem;
    }

    /** The file name as the user chose it. */
    public String source() {
        return source;
    }

    /** The 1-based line, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** What is wrong, without the file name. */
    public String problem() {
        return problem;
    }
}
