package org.roadshow.ui.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.roadshow.model.Item;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;

/**
 * Where two snapshots of a project differ, as sidebar rows that exist in the second: what an undo or redo
 * should select to show what it changed. An item that went shows its group; a trip that went, the project.
 */
public final class ChangedNodes {
    private ChangedNodes() {
    }

    /** The changed rows, items first in trip order; empty when nothing differs. */
    public static List<NodeKey> between(Project before, Project after) {
        Set<NodeKey> items = new LinkedHashSet<>();
        Set<NodeKey> others = new LinkedHashSet<>();
        Map<UUID, Trip> oldTrips = byId(before.trips(), Trip::id);
        Map<UUID, Trip> newTrips = byId(after.trips(), Trip::id);
        for (Trip trip : after.trips()) {
            Trip old = oldTrips.get(trip.id());
            if (old == null) {
                others.add(NodeKey.trip(trip.id()));
            } else if (!old.equals(trip)) {
                tripChanges(old, trip, items, others);
            }
        }
        if (oldTrips.keySet().stream().anyMatch(id -> !newTrips.containsKey(id))) {
            others.add(NodeKey.PROJECT);
        }
        Map<UUID, Person> oldPeople = byId(before.people(), Person::id);
        Map<UUID, Person> newPeople = byId(after.people(), Person::id);
        for (Person p : after.people()) {
            if (!p.equals(oldPeople.get(p.id()))) {
                others.add(NodeKey.person(p.id()));
            }
        }
        if (oldPeople.keySet().stream().anyMatch(id -> !newPeople.containsKey(id))) {
            others.add(NodeKey.PEOPLE);
        }
        if (!Objects.equals(before.name(), after.name())) {
            others.add(NodeKey.PROJECT);
        }
        List<NodeKey> all = new ArrayList<>(items);
        all.addAll(others);
        return all;
    }

    private static void tripChanges(Trip old, Trip trip, Set<NodeKey> items, Set<NodeKey> others) {
        Map<UUID, Item> oldItems = byId(old.items(), Item::id);
        Map<UUID, Item> newItems = byId(trip.items(), Item::id);
        for (Item item : trip.items()) {
            if (!item.equals(oldItems.get(item.id()))) {
                items.add(NodeKey.item(trip.id(), item.kind(), item.id()));
            }
        }
        for (Item gone : old.items()) {
            if (!newItems.containsKey(gone.id())) {
                others.add(NodeKey.group(trip.id(), gone.kind()));
            }
        }
        if (!old.withItems(trip.items()).equals(trip)) { // its name, people, programmes or buffers
            others.add(NodeKey.trip(trip.id()));
        }
    }

    private static <T> Map<UUID, T> byId(List<T> list, Function<T, UUID> id) {
        return list.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
