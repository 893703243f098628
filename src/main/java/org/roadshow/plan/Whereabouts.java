package org.roadshow.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.roadshow.model.Person;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.Trip;

/**
 * Where a person is, in which zone, over a stretch of time, worked out from their travel legs: before the
 * first leg they are where it departs (their home zone if they travel nowhere), in transit during each
 * leg, and where a leg arrives until the next one departs. Their clock jumps when they arrive somewhere
 * whose offset differs from where they left. Legs are taken in departure order; a leg that departs before
 * the one before it has arrived starts when that one arrives.
 */
public final class Whereabouts {
    /**
     * A stretch in one zone, or in transit on {@code leg} (then {@code zone} is where it departs and
     * {@code arrivalZone} where it arrives; otherwise the two are equal). {@code zone} is null where nothing
     * says where the person is (no home zone and no travel).
     */
    public record Stretch(Instant from, Instant until, ZoneId zone, ZoneId arrivalZone, TravelLeg leg) {
        public Stretch {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
        }

        public boolean inTransit() {
            return leg != null;
        }
    }

    /** The moment the person's clock changes: on arrival in a zone whose offset differs, by {@code shift}. */
    public record ClockJump(Instant at, ZoneId from, ZoneId to, Duration shift, TravelLeg leg) {
    }

    /** A leg with its instants, in departure order (ties by id). */
    private record Leg(TravelLeg leg, Instant departs, Instant arrives) implements Comparable<Leg> {
        @Override
        public int compareTo(Leg o) {
            int c = departs.compareTo(o.departs);
            return c != 0 ? c : leg.id().compareTo(o.leg.id());
        }
    }

    private final List<Stretch> stretches;
    private final List<ClockJump> jumps;

    private Whereabouts(List<Stretch> stretches, List<ClockJump> jumps) {
        this.stretches = List.copyOf(stretches);
        this.jumps = List.copyOf(jumps);
    }

    /** The person's whereabouts from {@code from} to {@code until}, from their legs in the trip. */
    public static Whereabouts of(Person person, Trip trip, Instant from, Instant until) {
        UUID id = person.id();
        List<TravelLeg> legs = trip.items(TravelLeg.class).stream().filter(l -> l.travellers().contains(id)).toList();
        return of(person.homeZone(), legs, from, until);
    }

    /** Whereabouts from a home zone (may be null) and legs in any order, between two instants. */
    public static Whereabouts of(ZoneId home, List<TravelLeg> legs, Instant from, Instant until) {
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("until " + until + " is before from " + from);
        }
        // each leg's instants worked out once (the sort compared them anew at every step)
        Instants instants = new Instants();
        List<Leg> sorted = new ArrayList<>(legs.size());
        for (TravelLeg leg : legs) {
            sorted.add(new Leg(leg, instants.of(leg.departure()), instants.of(leg.arrival())));
        }
        sorted.sort(Leg::compareTo);
        List<Stretch> stretches = new ArrayList<>();
        List<ClockJump> jumps = new ArrayList<>();
        ZoneId here = sorted.isEmpty() ? home : sorted.get(0).leg().departure().zone();
        Instant cursor = Instant.MIN;
        for (Leg t : sorted) {
            TravelLeg leg = t.leg();
            Instant departs = max(t.departs(), cursor);
            Instant arrives = max(t.arrives(), departs);
            add(stretches, cursor, departs, here, here, null, from, until);
            ZoneId to = leg.arrival().zone();
            add(stretches, departs, arrives, leg.departure().zone(), to, leg, from, until);
            ZoneId left = here == null ? leg.departure().zone() : here;
            Duration shift = Duration.ofSeconds(to.getRules().getOffset(arrives).getTotalSeconds()
                    - left.getRules().getOffset(arrives).getTotalSeconds());
            if (!shift.isZero() && !arrives.isBefore(from) && !arrives.isAfter(until)) {
                jumps.add(new ClockJump(arrives, left, to, shift, leg));
            }
            here = to;
            cursor = arrives;
        }
        add(stretches, cursor, Instant.MAX, here, here, null, from, until);
        return new Whereabouts(stretches, jumps);
    }

    /** Adds the part of a stretch inside the window, if any; an empty stretch is left out. */
    private static void add(List<Stretch> out, Instant start, Instant end, ZoneId zone, ZoneId arrival, TravelLeg leg,
                            Instant from, Instant until) {
        Instant a = max(start, from);
        Instant b = min(end, until);
        if (a.isBefore(b)) {
            out.add(new Stretch(a, b, zone, arrival, leg));
        }
    }

    /** The stretches in time order, covering the window without gaps. */
    public List<Stretch> stretches() {
        return stretches;
    }

    /** The clock jumps inside the window, in time order. */
    public List<ClockJump> jumps() {
        return jumps;
    }

    /**
     * The zone the person's clock is in at {@code at}: where they are, or, in transit, where they left
     * (the clock changes on arrival). Null outside the window or where nothing says.
     */
    public ZoneId zoneAt(Instant at) {
        for (Stretch s : stretches) {
            if (!at.isBefore(s.from()) && at.isBefore(s.until())) {
                return s.zone();
            }
        }
        return null;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
