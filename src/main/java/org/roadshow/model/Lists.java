package org.roadshow.model;

import java.util.List;
import java.util.Set;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Collections;

/** Null-safe immutable copies for record constructors. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <T> Set<T> copySet(Collection<T> set) {
        return set == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(set));
    }

    /** A copy of the list with the element of the same id replaced where it stands, or appended. */
    static <T> List<T> replaceOrAdd(List<T> list, T value, java.util.function.Function<T, ?> id) {
        java.util.ArrayList<T> next = new java.util.ArrayList<>(list);
        for (int i = 0; i < next.size(); i++) {
            if (id.apply(next.get(i)).equals(id.apply(value))) {
                next.set(i, value);
                return List.copyOf(next);
            }
        }
        next.add(value);
        return List.copyOf(next);
    }

    /** The items stably sorted by kind; the same list when already in that order (the usual case). */
    static List<Item> groupedByKind(List<Item> items) {
        for (int i = 1; i < items.size(); i++) {
            if (items.get(i - 1).kind().compareTo(items.get(i).kind()) > 0) {
                return items.stream().sorted(java.util.Comparator.comparing(Item::kind)).toList();
            }
        }
        return items;
    }

    static String text(String s) {
        return s == null ? "" : s;
    }
}
