package org.roadshow.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A wall-clock time in the IANA zone where it happens. The instant is derived: for a local time that
 * occurs twice (clocks go back) the earlier offset is meant; a time skipped by a clock change moves
 * forward by the length of the gap, as {@link ZonedDateTime#of} does.
 */
public record Moment(LocalDateTime time, ZoneId zone) implements Comparable<Moment> {
    public Moment {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
    }

    public static Moment of(String isoLocal, String zoneId) {
        return new Moment(LocalDateTime.parse(isoLocal), ZoneId.of(zoneId));
    }

    public ZonedDateTime zoned() {
        return ZonedDateTime.of(time, zone);
    }

    public Instant instant() {
        return zoned().toInstant();
    }

    public Moment plusMinutes(long minutes) {
        return new Moment(time.plusMinutes(minutes), zone);
    }

    @Override
    public int compareTo(Moment other) {
        return instant().compareTo(other.instant());
    }

    public Moment withTime(LocalDateTime time) {
        return new Moment(time, zone);
    }

    public Moment withZone(ZoneId zone) {
        return new Moment(time, zone);
    }
}
