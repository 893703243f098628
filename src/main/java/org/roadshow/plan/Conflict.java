package org.roadshow.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One problem in a plan: the people it concerns ({@code who} names them as a sentence does), the two things
 * that clash ({@code first} the one that started first or the person's own item, {@code second} the one
 * the sentence leads with), and the stretch of time they share. Its sentence is made when asked for, since a big project
 * can have thousands of conflicts of which a view shows a few.
 */
public record Conflict(ConflictKind kind, List<UUID> people, String who, Commitment first, Commitment second,
                       Instant from, Instant until) {
    public Conflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        people = List.copyOf(people);
        who = who == null ? "" : who;
    }

    /** The sentence a person reads: who, the two things and their local times. */
    public String message() {
        return ConflictText.sentence(who, second, first);
    }

    public Severity severity() {
        return kind.severity();
    }

    /** The ids of the items and sessions involved. */
    public List<UUID> items() {
        return List.of(first.id(), second.id());
    }

    /** How long the two things share. */
    public Duration length() {
        return Duration.between(from, until);
    }

    /** The thing of the two that is not {@code id}. */
    public Commitment other(UUID id) {
        return first.id().equals(id) ? second : first;
    }
}
