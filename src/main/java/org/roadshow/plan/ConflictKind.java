package org.roadshow.plan;

/**
 * The kinds of conflict, each with its severity and the short key the command line and scripts use (never
 * change a key).
 */
public enum ConflictKind {
    /** Two of a person's own items (talks, shifts, demos, travel, meetings) overlap. */
    OVERLAP("overlap", Severity.ERROR),
    /** A session the person starred overlaps one of their own items. */
    STARRED_CLASH("starred-clash", Severity.WARNING),
    /** A session of a programme overlaps one of the person's own items (the Programme tab's mark). */
    SESSION_CLASH("session-clash", Severity.WARNING);

    private final String key;
    private final Severity severity;

    ConflictKind(String key, Severity severity) {
        this.key = key;
        this.severity = severity;
    }

    public String key() {
        return key;
    }

    public Severity severity() {
        return severity;
    }
}
