package org.roadshow.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A meeting, dinner or meet-up: who of the team goes, with whom from outside, and where. */
public record Meeting(UUID id, String title, String where, Moment start, Moment end, List<UUID> people,
                      String withWhom, String notes) implements Item, Timed {
    public Meeting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        title = Lists.text(title);
        where = Lists.text(where);
        people = Lists.copy(people);
        withWhom = Lists.text(withWhom);
        notes = Lists.text(notes);
    }

    @Override
    public String label() {
        return title;
    }

    @Override
    public ItemKind kind() {
        return ItemKind.MEETING;
    }

    public Meeting withTitle(String title) {
        return new Meeting(id, title, where, start, end, people, withWhom, notes);
    }

    public Meeting withWhere(String where) {
        return new Meeting(id, title, where, start, end, people, withWhom, notes);
    }

    public Meeting withStart(Moment start) {
        return new Meeting(id, title, where, start, end, people, withWhom, notes);
    }

    public Meeting withEnd(Moment end) {
        return new Meeting(id, title, where, start, end, people, withWhom, notes);
    }

    public Meeting withPeople(List<UUID> people) {
        return new Meeting(id, title, where, start, end, people, withWhom, notes);
    }

    public Meeting withWithWhom(String withWhom) {
        return new Meeting(id, title, where, start, end, people, withWhom, notes);
    }

    public Meeting withNotes(String notes) {
        return new Meeting(id, title, where, start, end, people, withWhom, notes);
    }
}
