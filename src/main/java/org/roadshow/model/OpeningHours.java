package org.roadshow.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** The hours a booth is open on one day, in the booth's zone. */
public record OpeningHours(LocalDate day, LocalTime open, LocalTime close) {
    public OpeningHours {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
    }

    public OpeningHours withDay(LocalDate day) {
        return new OpeningHours(day, open, close);
    }

    public OpeningHours withOpen(LocalTime open) {
        return new OpeningHours(day, open, close);
    }

    public OpeningHours withClose(LocalTime close) {
        return new OpeningHours(day, open, close);
    }
}
