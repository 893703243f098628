package org.roadshow.io.programme;

/** Something the import left out or guessed, with the 1-based line of the file where it is (-1 if unknown). */
public record ImportWarning(int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? "line " + line + ": " + message : message;
    }
}
