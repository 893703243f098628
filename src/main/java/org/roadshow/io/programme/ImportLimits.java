package org.roadshow.io.programme;

/**
 * Limits that keep a hostile or broken file from eating memory or time. The largest real programmes
 * (FOSDEM: about 1,000 sessions in 2 MB) are far below them.
 */
public final class ImportLimits {
    /** Largest file read at all. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Most sessions in one programme, counting recurrence occurrences. */
    public static final int MAX_SESSIONS = 50_000;
    /** Most occurrences one recurring iCalendar event may expand to. */
    public static final int MAX_OCCURRENCES = 500;
    /** Recurrences are expanded at most this many days past the event's first start. */
    public static final int MAX_RECURRENCE_DAYS = 366;
    /** Most lines of an iCalendar file (unfolded); linux.conf.au 2020 has 5,153 for 262 sessions. */
    public static final int MAX_LINES = 1_000_000;
    /** Longest single text value (an abstract), in characters. */
    public static final int MAX_TEXT = 1_000_000;

    private ImportLimits() {
    }
}
