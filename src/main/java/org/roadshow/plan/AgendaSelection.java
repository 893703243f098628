package org.roadshow.plan;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Which agenda entries to pick. Each part narrows the result; an empty or null part does not narrow.
 *
 * @param person only what this person does (their talks, shifts, demos, legs, meetings, stars); null: everyone
 * @param trips  only these trips; empty: every trip
 * @param kinds  only these kinds; must not be empty to pick anything
 * @param booth  only the roster of this booth (its shifts and the demos linked to it); null: any
 * @param ids    only these items or programme sessions; empty: any
 */
public record AgendaSelection(UUID person, Set<UUID> trips, Set<AgendaKind> kinds, UUID booth, Set<UUID> ids) {
    public AgendaSelection {
        trips = copy(trips);
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        ids = copy(ids);
    }

    /** Everything of every kind for everyone. */
    public static AgendaSelection everything() {
        return new AgendaSelection(null, Set.of(), EnumSet.allOf(AgendaKind.class), null, Set.of());
    }

    public static AgendaSelection forPerson(UUID person) {
        return everything().withPerson(person);
    }

    public AgendaSelection withPerson(UUID newPerson) {
        return new AgendaSelection(newPerson, trips, kinds, booth, ids);
    }

    public AgendaSelection withTrips(Collection<UUID> newTrips) {
        return new AgendaSelection(person, Set.copyOf(newTrips), kinds, booth, ids);
    }

    public AgendaSelection withKinds(Collection<AgendaKind> newKinds) {
        return new AgendaSelection(person, trips, Set.copyOf(newKinds), booth, ids);
    }

    public AgendaSelection withBooth(UUID newBooth) {
        return new AgendaSelection(person, trips, kinds, newBooth, ids);
    }

    public AgendaSelection withIds(Collection<UUID> newIds) {
        return new AgendaSelection(person, trips, kinds, booth, Set.copyOf(newIds));
    }

    public boolean everyone() {
        return person == null;
    }

    private static Set<UUID> copy(Collection<UUID> set) {
        return set == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(set));
    }
}
