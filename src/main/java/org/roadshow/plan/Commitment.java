package org.roadshow.plan;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.roadshow.model.Moment;

/**
 * One thing that takes a person's time: an item of a trip or a programme session. {@code name} is what a
 * sentence calls it (a talk's title, the booth of a shift, "Flight BER Tegel → BRU Brussels" with its
 * carrier); {@code place} is where it happens, if known. {@code partOf} is what it belongs to, if anything: a
 * shift's booth, a demo's booth or talk, a talk's programme session. The instants are computed once, for
 * sorting.
 */
public record Commitment(CommitmentKind kind, UUID id, String name, String place, UUID partOf, Moment start,
                         Moment end, Instant startInstant, Instant endInstant) {
    public Commitment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        name = name == null ? "" : name;
        place = place == null ? "" : place;
    }

    public Commitment(CommitmentKind kind, UUID id, String name, String place, UUID partOf, Moment start,
                      Moment end) {
        this(kind, id, name, place, partOf, start, end, start.instant(), end.instant());
    }

    /** Whether the two share some time; one that ends as the other starts does not. */
    public boolean overlaps(Commitment other) {
        return startInstant.isBefore(other.endInstant) && other.startInstant.isBefore(endInstant);
    }

    /**
     * Whether the two are parts of one thing and so no clash when they overlap: a talk and its programme
     * session, a demo and the talk it belongs to, a demo at a booth and duty at that booth.
     */
    public boolean belongsWith(Commitment other) {
        return id.equals(other.partOf) || other.id.equals(partOf)
                || partOf != null && partOf.equals(other.partOf)
                && (kind == CommitmentKind.DEMO || other.kind == CommitmentKind.DEMO);
    }

    /** Whether it starts in one zone and ends in another (a travel leg across zones). */
    public boolean crossesZones() {
        return !start.zone().equals(end.zone());
    }
}
