package org.roadshow.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roadshow.model.Availability;
import org.roadshow.model.Booth;
import org.roadshow.model.Item;
import org.roadshow.model.Moment;
import org.roadshow.model.Shift;
import org.roadshow.model.Trip;
import org.roadshow.plan.roster.ShiftPlan;

/**
 * The roster's edits: a booth's shifts made afresh, a whole auto-fill, clearing what the fill did, a person put
 * on or taken off a place by hand, and a person's availability. Each is one step of undo.
 */
public final class RosterEdits {
    private RosterEdits() {
    }

    /** Replaces the booth's shifts with {@code shifts} (e.g. from plan.roster.ShiftPlan.generate). */
    public static Edit replaceShifts(UUID tripId, UUID boothId, List<Shift> shifts) {
        return Edit.of("Make shifts", p -> {
            Trip trip = Edits.trip(p, tripId);
            List<Item> items = new ArrayList<>();
            for (Item i : trip.items()) {
                if (!(i instanceof Shift s && boothId.equals(s.boothId()))) {
                    items.add(i);
                }
            }
            for (Shift s : shifts) {
                items.add(s.withBoothId(boothId));
            }
            return p.withTrip(trip.withItems(items));
        });
    }

    /**
     * Sets the people and pins of each of {@code filled} (e.g. plan.roster.FillResult.shifts) on the shift with
     * its id; shifts deleted since are left alone. One edit for the whole fill.
     */
    public static Edit fill(UUID tripId, List<Shift> filled) {
        Map<UUID, Shift> byId = new HashMap<>();
        filled.forEach(s -> byId.put(s.id(), s));
        return Edit.of("Fill roster", p -> {
            Trip trip = Edits.trip(p, tripId);
            return p.withTrip(trip.withItems(trip.items().stream().map(i -> {
                Shift f = i instanceof Shift ? byId.get(i.id()) : null;
                return f == null ? i : ((Shift) i).withPeople(f.people()).withPinned(f.pinned());
            }).toList()));
        });
    }

    /** The booth's shifts made again from its opening hours; shifts with the same times keep their people. */
    public static Edit makeShifts(UUID tripId, Booth booth) {
        return Edit.of("Make shifts", p -> {
            List<Shift> existing = Edits.trip(p, tripId).items(Shift.class);
            return replaceShifts(tripId, booth.id(), ShiftPlan.generate(booth, existing)).apply(p);
        });
    }

    /**
     * Splits the shift at the minute halfway through into two, both with its people and pins; the second half
     * gets {@code newId} (chosen outside the edit, so redo makes the same shift).
     */
    public static Edit split(UUID tripId, UUID shiftId, UUID newId) {
        return Edit.of("Split shift", p -> {
            Trip trip = Edits.trip(p, tripId);
            Shift s = shift(trip, shiftId);
            long minutes = java.time.Duration.between(s.start().instant(), s.end().instant()).toMinutes();
            if (minutes < 2) {
                throw new IllegalArgumentException("A shift of under two minutes cannot be split.");
            }
            Moment middle = new Moment(s.start().zoned().plusMinutes(minutes / 2)
                    .withZoneSameInstant(s.start().zone()).toLocalDateTime(), s.start().zone());
            Shift second = BlankItems.shift(newId, s.boothId(), middle, s.end()).withPeople(s.people())
                    .withPinned(s.pinned());
            List<Item> items = new ArrayList<>();
            for (Item i : trip.items()) {
                items.add(i.id().equals(shiftId) ? s.withEnd(middle) : i);
            }
            items.add(second);
            return p.withTrip(trip.withItems(items));
        });
    }

    /** Joins the shift with the booth's next shift (the first to start at or before its end): one shift, everyone on it. */
    public static Edit mergeWithNext(UUID tripId, UUID shiftId) {
        return Edit.of("Merge shifts", p -> {
            Trip trip = Edits.trip(p, tripId);
            Shift s = shift(trip, shiftId);
            Shift next = nextOf(trip, s).orElseThrow(() -> new IllegalArgumentException(
                    "No shift of this booth starts when this one ends."));
            List<UUID> people = new ArrayList<>(s.people());
            next.people().stream().filter(x -> !people.contains(x)).forEach(people::add);
            List<UUID> pinned = new ArrayList<>(s.pinned());
            next.pinned().stream().filter(x -> !pinned.contains(x)).forEach(pinned::add);
            Moment end = next.end().compareTo(s.end()) > 0 ? next.end() : s.end();
            Shift merged = s.withEnd(end).withPeople(people).withPinned(pinned);
            List<Item> items = new ArrayList<>();
            for (Item i : trip.items()) {
                if (!i.id().equals(next.id())) {
                    items.add(i.id().equals(shiftId) ? merged : i);
                }
            }
            return p.withTrip(trip.withItems(items));
        });
    }

    /** The booth's shift that starts next at or before {@code s} ends (back to back or overlapping), if any. */
    public static java.util.Optional<Shift> nextOf(Trip trip, Shift s) {
        return trip.items(Shift.class).stream()
                .filter(o -> !o.id().equals(s.id()) && java.util.Objects.equals(o.boothId(), s.boothId()))
                .filter(o -> o.start().compareTo(s.start()) > 0 && o.start().compareTo(s.end()) <= 0)
                .min(java.util.Comparator.comparing(Shift::start));
    }

    private static Shift shift(Trip trip, UUID shiftId) {
        return trip.item(shiftId).filter(Shift.class::isInstance).map(Shift.class::cast)
                .orElseThrow(() -> new IllegalArgumentException("No such shift: " + shiftId));
    }

    /** Takes everyone off the booth's shifts except those put there by hand. */
    public static Edit clearUnpinned(UUID tripId, UUID boothId) {
        return Edit.of("Clear unpinned", p -> {
            Trip trip = Edits.trip(p, tripId);
            return p.withTrip(trip.withItems(trip.items().stream().map(i -> i instanceof Shift s
                    && boothId.equals(s.boothId()) ? s.withPeople(s.people().stream().filter(s::isPinned).toList()) : i)
                    .toList()));
        });
    }

    /** Puts the person on the shift by hand: they are pinned, so auto-fill keeps them there. */
    public static Edit assign(UUID tripId, UUID shiftId, UUID person) {
        return Edit.of("Put on duty", p -> p.withTrip(changeShift(Edits.trip(p, tripId), shiftId, s -> {
            List<UUID> people = new ArrayList<>(s.people());
            if (!people.contains(person)) {
                people.add(person);
            }
            List<UUID> pinned = new ArrayList<>(s.pinned());
            if (!pinned.contains(person)) {
                pinned.add(person);
            }
            return s.withPeople(people).withPinned(pinned);
        })));
    }

    /** Takes the person off the shift (and unpins them). */
    public static Edit unassign(UUID tripId, UUID shiftId, UUID person) {
        return Edit.of("Take off duty", p -> p.withTrip(changeShift(Edits.trip(p, tripId), shiftId,
                s -> s.withoutPerson(person))));
    }

    /** Pins or unpins a person already on the shift. */
    public static Edit pin(UUID tripId, UUID shiftId, UUID person, boolean pinned) {
        return Edit.of(pinned ? "Pin to shift" : "Unpin from shift", p -> p.withTrip(changeShift(Edits.trip(p, tripId),
                shiftId, s -> {
                    List<UUID> pins = new ArrayList<>(s.pinned());
                    pins.remove(person);
                    if (pinned) {
                        pins.add(person);
                    }
                    return s.withPinned(pins);
                })));
    }

    /** Sets what one person said about their time on the trip. */
    public static Edit setAvailability(UUID tripId, Availability availability) {
        return Edit.of("Edit availability", p -> p.withTrip(Edits.trip(p, tripId).withAvailabilityOf(availability)));
    }

    private static Trip changeShift(Trip trip, UUID shiftId, java.util.function.UnaryOperator<Shift> change) {
        Item item = trip.item(shiftId).orElseThrow(() -> new IllegalArgumentException("no shift with id " + shiftId));
        return trip.withItem(change.apply((Shift) item));
    }
}
