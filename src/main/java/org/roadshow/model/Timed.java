package org.roadshow.model;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** An item that takes place between two moments; a travel leg may start and end in different zones. */
public interface Timed {
    Moment start();

    Moment end();

    /** The people this item occupies (speakers, staff, travellers, attendees). */
    List<UUID> people();

    default Duration duration() {
        return Duration.between(start().instant(), end().instant());
    }

    default boolean overlaps(Timed other) {
        return start().instant().isBefore(other.end().instant())
                && other.start().instant().isBefore(end().instant());
    }
}
