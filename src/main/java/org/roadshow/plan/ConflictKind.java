package org.roadshow.plan;

/**
 * The kinds of conflict, each with its severity and the short key the command line and scripts use (never
 * change a key).
 */
public enum ConflictKind {
    /** Two of a person's own items (talks, shifts, demos, travel, meetings) overlap. */
    OVERLAP("overlap", Severity.ERROR),
    /** A commitment starts too soon after a travel leg arrives (the trip's buffer after landing or a train). */
    TOO_SOON_AFTER_TRAVEL("too-soon-after-travel", Severity.ERROR),
    /** A commitment ends too short a time before a travel leg departs (the buffer before a flight or a train). */
    TOO_CLOSE_BEFORE_TRAVEL("too-close-before-travel", Severity.ERROR),
    /** A shift has fewer people on it than its booth's minimum; people not on the trip do not count. */
    UNDERSTAFFED("understaffed", Severity.ERROR),
    /** A shift has more people on it than its booth's maximum; people not on the trip do not count. */
    OVERSTAFFED("overstaffed", Severity.ERROR),
    /** A shift lies (partly) outside its booth's opening hours. */
    OUTSIDE_OPENING_HOURS("outside-opening-hours", Severity.ERROR),
    /** Someone on duty, speaking or running a demo on a trip they are not part of. */
    NOT_ON_TRIP("not-on-trip", Severity.ERROR),
    /** A booth's opening-hours day is not one of its conference's days. */
    HOURS_OUTSIDE_CONFERENCE("hours-outside-conference", Severity.ERROR),
    /** A session the person starred overlaps one of their own items. */
    STARRED_CLASH("starred-clash", Severity.WARNING),
    /** The booth is open and nobody (on the trip) is on duty. */
    UNSTAFFED_HOURS("unstaffed-hours", Severity.WARNING),
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
