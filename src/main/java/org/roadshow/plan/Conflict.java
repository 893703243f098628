package org.roadshow.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One problem in a plan: the people it concerns ({@code who} names them as a sentence does), the items it is
 * about, and the stretch of time it covers. A clash of two things has both as commitments ({@code first} the
 * one that started first or the person's own item, {@code second} the one the sentence leads with) and its
 * sentence comes from the two. Other kinds (staffing, opening hours, travel buffers, people off the trip)
 * carry their {@code text}; {@code first} and {@code second} are then the commitments involved, if any (a
 * booth's unstaffed hours have none). Every sentence is made when first asked for (see {@link Sentence}).
 */
public record Conflict(ConflictKind kind, List<UUID> people, String who, Commitment first, Commitment second,
                       Instant from, Instant until, List<UUID> items, Sentence text) {
    public Conflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (text == null) {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }
        people = List.copyOf(people);
        who = who == null ? "" : who;
        items = items == null ? idsOf(first, second) : List.copyOf(items);
        if (text == null) {
            String person = who;
            text = Sentence.later(() -> ConflictText.sentence(person, second, first));
        }
    }

    /** A clash of two commitments, its sentence made when asked for. */
    public Conflict(ConflictKind kind, List<UUID> people, String who, Commitment first, Commitment second,
                    Instant from, Instant until) {
        this(kind, people, who, first, second, from, until, null, null);
    }

    private static List<UUID> idsOf(Commitment first, Commitment second) {
        if (first == null) {
            return second == null ? List.of() : List.of(second.id());
        }
        return second == null ? List.of(first.id()) : List.of(first.id(), second.id());
    }

    /** The sentence a person reads: who, the items and their local times. */
    public String message() {
        return text.toString();
    }

    public Severity severity() {
        return kind.severity();
    }

    /** How long the problem lasts (zero for a problem of a day, such as opening hours outside the conference). */
    public Duration length() {
        return Duration.between(from, until);
    }

    /** Whether the conflict is about this item or session. */
    public boolean concerns(UUID itemId) {
        return items.contains(itemId);
    }

    /** The thing of the two that is not {@code id}. */
    public Commitment other(UUID id) {
        return first.id().equals(id) ? second : first;
    }
}
