package org.roadshow.plan.roster;

import java.util.Objects;
import java.util.UUID;

/** A shift the fill left short of its minimum: how many places are empty and why, in a sentence. */
public record Unfilled(UUID shiftId, int missing, String reason) {
    public Unfilled {
        Objects.requireNonNull(shiftId, "shiftId");
        Objects.requireNonNull(reason, "reason");
    }
}
