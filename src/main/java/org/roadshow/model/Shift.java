package org.roadshow.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A stretch of booth duty and the people on it. {@code pinned} are those of {@code people} someone put
 * there by hand: auto-fill keeps them. A pin of anyone not in {@code people} means nothing (the file reader
 * refuses one); {@link #withoutPerson} takes a person off and unpins them.
 */
public record Shift(UUID id, UUID boothId, Moment start, Moment end, List<UUID> people, List<UUID> pinned)
        implements Item, Timed {
    public Shift {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        people = Lists.copy(people);
        pinned = Lists.copy(pinned);
    }

    public boolean isPinned(UUID person) {
        return pinned.contains(person) && people.contains(person);
    }

    /** Takes the person off the shift and unpins them. */
    public Shift withoutPerson(UUID person) {
        return new Shift(id, boothId, start, end, people.stream().filter(p -> !p.equals(person)).toList(),
                pinned.stream().filter(p -> !p.equals(person)).toList());
    }

    @Override
    public String label() {
        return "Duty " + start.time().toLocalDate() + " " + start.time().toLocalTime() + "-" + end.time().toLocalTime();
    }

    @Override
    public ItemKind kind() {
        return ItemKind.SHIFT;
    }

    public Shift withBoothId(UUID boothId) {
        return new Shift(id, boothId, start, end, people, pinned);
    }

    public Shift withStart(Moment start) {
        return new Shift(id, boothId, start, end, people, pinned);
    }

    public Shift withEnd(Moment end) {
        return new Shift(id, boothId, start, end, people, pinned);
    }

    public Shift withPeople(List<UUID> people) {
        return new Shift(id, boothId, start, end, people, pinned);
    }

    public Shift withPinned(List<UUID> pinned) {
        return new Shift(id, boothId, start, end, people, pinned);
    }
}
