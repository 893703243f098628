package org.roadshow.edit;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.roadshow.model.Item;
import org.roadshow.model.Person;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.model.TravelBuffers;
import org.roadshow.model.Trip;

/** The edits the app and the command line make. Each names what it does for the Undo menu. */
public final class Edits {
    private Edits() {
    }

    public static Edit renameProject(String name) {
        return Edit.of("Rename project", p -> p.withName(name));
    }

    public static Edit addTrip(Trip trip) {
        return Edit.of("Add trip " + trip.name(), p -> p.withTrip(trip));
    }

    public static Edit removeTrip(UUID tripId) {
        return Edit.of("Delete trip", p -> p.withoutTrip(tripId));
    }

    /** Replaces the trip's own fields (name, people) and keeps its items and programmes as they are now. */
    public static Edit updateTrip(UUID tripId, String name, List<UUID> people) {
        return Edit.of("Edit trip " + name, p -> p.withTrip(trip(p, tripId).withName(name).withPeople(people)));
    }

    /** Replaces the trip's own fields (name, people, travel buffers) and keeps its items and programmes. */
    public static Edit updateTrip(UUID tripId, String name, List<UUID> people, TravelBuffers buffers) {
        return Edit.of("Edit trip " + name,
                p -> p.withTrip(trip(p, tripId).withName(name).withPeople(people).withBuffers(buffers)));
    }

    /** Adds the item to the trip, or replaces the item with the same id. */
    public static Edit putItem(UUID tripId, Item item) {
        return Edit.of("Edit " + item.kind().singular().toLowerCase(Locale.ROOT) + " " + item.label(),
                p -> p.withTrip(trip(p, tripId).withItem(item)));
    }

    public static Edit addItem(UUID tripId, Item item) {
        return Edit.of("Add " + item.kind().singular().toLowerCase(Locale.ROOT) + " " + item.label(),
                p -> p.withTrip(trip(p, tripId).withItem(item)));
    }

    /** Deletes the item; a booth takes its shifts with it, and links to the item from others are cleared. */
    public static Edit removeItem(UUID tripId, UUID itemId) {
        return Edit.of("Delete item", p -> {
            Trip trip = trip(p, tripId);
            return p.withTrip(ItemReferences.remove(trip, itemId));
        });
    }

    /** How many other items deleting this one removes too (a booth's shifts), for the confirmation. */
    public static long dependentsOf(Trip trip, UUID itemId) {
        return ItemReferences.dependents(trip, itemId);
    }

    /** Adds the programme to the trip, or replaces the one with the same id (a re-import). */
    public static Edit putProgramme(UUID tripId, Programme programme, String label) {
        return Edit.of(label, p -> p.withTrip(trip(p, tripId).withProgramme(programme)));
    }

    public static Edit removeProgramme(UUID tripId, UUID programmeId) {
        return Edit.of("Remove programme", p -> p.withTrip(trip(p, tripId).withoutProgramme(programmeId)));
    }

    public static Edit putPerson(Person person) {
        return Edit.of("Edit person " + person.name(), p -> p.withPerson(person));
    }

    /** Removes the person from the team, from every trip and from every item that names them. */
    public static Edit removePerson(UUID personId) {
        return Edit.of("Delete person", p -> {
            Project next = p.withoutPerson(personId);
            for (Trip t : p.trips()) {
                Trip stripped = t.withPeople(t.people().stream().filter(id -> !id.equals(personId)).toList())
                        .withItems(t.items().stream().map(i -> PersonReferences.without(i, personId)).toList())
                        .withProgrammes(t.programmes().stream().map(pr -> PersonReferences.without(pr, personId)).toList())
                        .withAvailability(t.availability().stream().filter(a -> !a.person().equals(personId)).toList());
                next = next.withTrip(stripped);
            }
            return next;
        });
    }

    static Trip trip(Project p, UUID tripId) {
        return p.trip(tripId).orElseThrow(() -> new IllegalArgumentException("no trip with id " + tripId));
    }
}
