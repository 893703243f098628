package org.roadshow.model;

import java.util.Objects;

/** A stretch of time, with a note saying what it is ("dentist", "press interview"). */
public record TimeWindow(Moment start, Moment end, String note) {
    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        note = Lists.text(note);
        if (end.instant().isBefore(start.instant())) {
            throw new IllegalArgumentException("end (" + end.time() + ") is before start (" + start.time() + ")");
        }
    }

    public boolean overlaps(Moment from, Moment until) {
        return start.instant().isBefore(until.instant()) && from.instant().isBefore(end.instant());
    }

    public TimeWindow withStart(Moment start) {
        return new TimeWindow(start, end, note);
    }

    public TimeWindow withEnd(Moment end) {
        return new TimeWindow(start, end, note);
    }

    public TimeWindow withNote(String note) {
        return new TimeWindow(start, end, note);
    }
}
