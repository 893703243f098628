package org.roadshow.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The whole project file: the team, their trips and the team's own checklist templates. Immutable; every
 * change makes a new Project.
 */
public record Project(String name, List<Person> people, List<Trip> trips, List<ChecklistTemplate> templates,
                      UnknownFields unknown) {
    public Project {
        name = Lists.text(name);
        people = Lists.copy(people);
        trips = Lists.copy(trips);
        templates = Lists.copy(templates);
        unknown = unknown == null ? UnknownFields.NONE : unknown;
    }

    /** A project without templates of its own. */
    public Project(String name, List<Person> people, List<Trip> trips, UnknownFields unknown) {
        this(name, people, trips, List.of(), unknown);
    }

    public static Project empty() {
        return new Project("Untitled", List.of(), List.of(), List.of(), UnknownFields.NONE);
    }

    public Optional<Person> person(UUID id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public String personName(UUID id) {
        for (Person p : people) { // a loop: the sidebar asks for names while the app starts, before lambdas are warm
            if (p.id().equals(id)) {
                return p.name();
            }
        }
        return "(unknown person)";
    }

    public Optional<Person> personNamed(String name) {
        return people.stream().filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public Optional<Trip> trip(UUID id) {
        return trips.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Trip> tripNamed(String name) {
        return trips.stream().filter(t -> t.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The trip that holds the item with this id, if any. */
    public Optional<Trip> tripOf(UUID itemId) {
        return trips.stream().filter(t -> t.item(itemId).isPresent()).findFirst();
    }

    public Optional<Item> item(UUID itemId) {
        return trips.stream().flatMap(t -> t.item(itemId).stream()).findFirst();
    }

    public Project withName(String newName) {
        return new Project(newName, people, trips, templates, unknown);
    }

    public Project withPeople(List<Person> newPeople) {
        return new Project(name, newPeople, trips, templates, unknown);
    }

    public Project withTrips(List<Trip> newTrips) {
        return new Project(name, people, newTrips, templates, unknown);
    }

    public Project withTemplates(List<ChecklistTemplate> newTemplates) {
        return new Project(name, people, trips, newTemplates, unknown);
    }

    public Optional<ChecklistTemplate> template(UUID id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Adds the template, or replaces the one with the same id where it stands. */
    public Project withTemplate(ChecklistTemplate template) {
        return withTemplates(Lists.replaceOrAdd(templates, template, ChecklistTemplate::id));
    }

    public Project withoutTemplate(UUID templateId) {
        return withTemplates(templates.stream().filter(t -> !t.id().equals(templateId)).toList());
    }

    public Project withUnknown(UnknownFields newUnknown) {
        return new Project(name, people, trips, templates, newUnknown);
    }

    /** Adds the trip, or replaces the trip with the same id where it stands. */
    public Project withTrip(Trip trip) {
        return withTrips(Lists.replaceOrAdd(trips, trip, Trip::id));
    }

    public Project withoutTrip(UUID tripId) {
        return withTrips(trips.stream().filter(t -> !t.id().equals(tripId)).toList());
    }

    /** Adds the person, or replaces the person with the same id where they stand. */
    public Project withPerson(Person person) {
        return withPeople(Lists.replaceOrAdd(people, person, Person::id));
    }

    /** Removes the person from the team list only; {@code Edits.removePerson} also clears references. */
    public Project withoutPerson(UUID personId) {
        return withPeople(people.stream().filter(p -> !p.id().equals(personId)).toList());
    }
}
