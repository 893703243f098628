package org.roadshow.ui.calendar;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** What the calendar shows: one person's plans ({@code person}; null for everyone's) and which kinds. */
public record CalendarFilter(UUID person, Set<EntryKind> kinds) {
    public CalendarFilter {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    public static CalendarFilter everything() {
        return new CalendarFilter(null, EnumSet.allOf(EntryKind.class));
    }

    public CalendarFilter withPerson(UUID next) {
        return new CalendarFilter(next, kinds);
    }

    public CalendarFilter withKind(EntryKind kind, boolean shown) {
        Set<EntryKind> next = kinds.isEmpty() ? EnumSet.noneOf(EntryKind.class) : EnumSet.copyOf(kinds);
        if (shown) {
            next.add(kind);
        } else {
            next.remove(kind);
        }
        return new CalendarFilter(person, next);
    }

    public boolean shows(EntryKind kind) {
        return kinds.contains(kind);
    }
}
