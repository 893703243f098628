package org.roadshow.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A trip: the people on it, its items (conferences, talks, booths, ...) and imported programmes. Items are
 * kept grouped by kind in {@link ItemKind} order, each group in the order added: that is the order the
 * project file lists them in, so a project read back from its file equals the one saved. {@code buffers} is
 * the time kept free around travel ({@link TravelBuffers#DEFAULTS} unless the trip says otherwise);
 * {@code availability} is what people said about their time on the trip, for the booth roster.
 */
public record Trip(UUID id, String name, List<UUID> people, List<Item> items, List<Programme> programmes,
                   TravelBuffers buffers, List<Availability> availability) {
    public Trip {
        Objects.requireNonNull(id, "id");
        name = Lists.text(name);
        people = Lists.copy(people);
        items = Lists.groupedByKind(Lists.copy(items));
        programmes = Lists.copy(programmes);
        buffers = buffers == null ? TravelBuffers.DEFAULTS : buffers;
        availability = Lists.copy(availability);
    }

    /** A trip with the default travel buffers. */
    public Trip(UUID id, String name, List<UUID> people, List<Item> items, List<Programme> programmes) {
        this(id, name, people, items, programmes, TravelBuffers.DEFAULTS, List.of());
    }

    /** A trip whose people stated no availability. */
    public Trip(UUID id, String name, List<UUID> people, List<Item> items, List<Programme> programmes,
                TravelBuffers buffers) {
        this(id, name, people, items, programmes, buffers, List.of());
    }

    /** What the person said about their time on this trip; no limits when they said nothing. */
    public Availability availabilityOf(UUID person) {
        for (Availability a : availability) {
            if (a.person().equals(person)) {
                return a;
            }
        }
        return Availability.unlimited(person);
    }

    public static Trip create(String name) {
        return new Trip(UUID.randomUUID(), name, List.of(), List.of(), List.of());
    }

    public <T extends Item> List<T> items(Class<T> type) {
        return items.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public Stream<Timed> timed() {
        return items.stream().filter(Timed.class::isInstance).map(Timed.class::cast);
    }

    public Optional<Item> item(UUID itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /** The first day of the trip: the earliest conference day or timed item, if any. */
    public Optional<LocalDate> firstDay() {
        Stream<LocalDate> conferenceDays = items(Conference.class).stream().map(Conference::firstDay);
        Stream<LocalDate> itemDays = timed().map(t -> t.start().time().toLocalDate());
        return Stream.concat(conferenceDays, itemDays).min(LocalDate::compareTo);
    }

    public Trip withName(String newName) {
        return new Trip(id, newName, people, items, programmes, buffers, availability);
    }

    public Trip withPeople(List<UUID> newPeople) {
        return new Trip(id, name, newPeople, items, programmes, buffers, availability);
    }

    public Trip withItems(List<Item> newItems) {
        return new Trip(id, name, people, newItems, programmes, buffers, availability);
    }

    public Trip withProgrammes(List<Programme> newProgrammes) {
        return new Trip(id, name, people, items, newProgrammes, buffers, availability);
    }

    public Trip withBuffers(TravelBuffers newBuffers) {
        return new Trip(id, name, people, items, programmes, newBuffers, availability);
    }

    /** Adds the item, or replaces the item with the same id where it stands. */
    public Trip withItem(Item item) {
        return withItems(Lists.replaceOrAdd(items, item, Item::id));
    }

    public Trip withoutItem(UUID itemId) {
        return withItems(items.stream().filter(i -> !i.id().equals(itemId)).toList());
    }

    public Optional<Programme> programme(UUID programmeId) {
        return programmes.stream().filter(p -> p.id().equals(programmeId)).findFirst();
    }

    /** Adds the programme, or replaces the one with the same id where it stands. */
    public Trip withProgramme(Programme programme) {
        return withProgrammes(Lists.replaceOrAdd(programmes, programme, Programme::id));
    }

    public Trip withoutProgramme(UUID programmeId) {
        return withProgrammes(programmes.stream().filter(p -> !p.id().equals(programmeId)).toList());
    }

    public Trip withAvailability(List<Availability> newAvailability) {
        return new Trip(id, name, people, items, programmes, buffers, newAvailability);
    }

    /** Sets one person's availability; an unlimited one is removed rather than kept. */
    public Trip withAvailabilityOf(Availability a) {
        List<Availability> others = availability.stream().filter(x -> !x.person().equals(a.person())).toList();
        if (a.isUnlimited()) {
            return withAvailability(others);
        }
        return withAvailability(Lists.replaceOrAdd(availability, a, Availability::person));
    }
}
