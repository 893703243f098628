package org.roadshow.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A stretch of booth duty and the people on it. */
public record Shift(UUID id, UUID boothId, Moment start, Moment end, List<UUID> people) implements Item, Timed {
    public Shift {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        people = Lists.copy(people);
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
        return new Shift(id, boothId, start, end, people);
    }

    public Shift withStart(Moment start) {
        return new Shift(id, boothId, start, end, people);
    }

    public Shift withEnd(Moment end) {
        return new Shift(id, boothId, start, end, people);
    }

    public Shift withPeople(List<UUID> people) {
        return new Shift(id, boothId, start, end, people);
    }
}
