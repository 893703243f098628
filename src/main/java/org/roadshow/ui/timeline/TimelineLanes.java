package org.roadshow.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.roadshow.model.Booth;
import org.roadshow.model.Conference;
import org.roadshow.model.Item;
import org.roadshow.model.OpeningHours;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Timed;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.Trip;
import org.roadshow.plan.BoothCoverage;
import org.roadshow.plan.Conflict;
import org.roadshow.plan.Instants;
import org.roadshow.plan.Severity;
import org.roadshow.plan.Whereabouts;

/**
 * What the timeline shows of a trip, without JavaFX: one lane per person (their own items, where they are)
 * and one per booth (its shifts and staffing), each lane's bars sorted by start and packed into rows so
 * that overlapping bars (a double booking) sit one above the other. The span is the trip with half a day
 * either side.
 */
record TimelineLanes(Trip trip, Instant from, Instant until, ZoneId tripZone, List<Lane> lanes) {
    static final TimelineLanes EMPTY = new TimelineLanes(null, Instant.EPOCH, Instant.EPOCH.plus(Duration.ofDays(1)),
            ZoneId.of("UTC"), List.of());
    private static final Duration MARGIN = Duration.ofHours(12);

    enum LaneType { PERSON, BOOTH }

    /** By start, end and id; written out, as it sorts thousands of bars on every change. */
    private static final Comparator<Bar> BAR_ORDER = (a, b) -> {
        int c = a.start().compareTo(b.start());
        if (c == 0) {
            c = a.end().compareTo(b.end());
        }
        return c != 0 ? c : a.id().compareTo(b.id());
    };

    private record PersonItem(UUID person, UUID item) {
    }

    /** A bar: an item (for a booth lane, a shift) and the conflicts that involve it in this lane. */
    record Bar(Item item, Timed timed, Instant start, Instant end, int row, List<Conflict> conflicts) {
        boolean hasError() {
            return conflicts.stream().anyMatch(c -> c.severity() == Severity.ERROR);
        }

        UUID id() {
            return item.id();
        }
    }

    /**
     * A lane: bars in start order with the longest bar's length (to find the visible ones by binary search),
     * how many rows they take, and for a person their whereabouts, for a booth its coverage.
     */
    record Lane(LaneType type, UUID id, String title, String subtitle, List<Bar> bars, int rows, Duration longest,
                Whereabouts whereabouts, ZoneId zone, List<BoothCoverage.Span> coverage) {
        /** The index of the first bar that may reach {@code at} or later. */
        int firstReaching(Instant at) {
            Instant earliest = at.minus(longest);
            int lo = 0;
            int hi = bars.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (bars.get(mid).start().isBefore(earliest)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        int indexOf(UUID itemId) {
            for (int i = 0; i < bars.size(); i++) {
                if (bars.get(i).id().equals(itemId)) {
                    return i;
                }
            }
            return -1;
        }
    }

    static TimelineLanes of(Project project, Trip trip, Set<UUID> hiddenPeople, List<Conflict> conflicts) {
        if (trip == null) {
            return EMPTY;
        }
        List<Timed> timed = trip.timed().toList();
        Instant first = null;
        Instant last = null;
        Instant[] starts = new Instant[timed.size()];
        Instant[] ends = new Instant[timed.size()];
        Instants instants = new Instants(); // each instant worked out once, most without a look at zone rules
        for (int i = 0; i < starts.length; i++) {
            starts[i] = instants.of(timed.get(i).start());
            ends[i] = instants.of(timed.get(i).end());
            first = first == null || starts[i].isBefore(first) ? starts[i] : first;
            last = last == null || ends[i].isAfter(last) ? ends[i] : last;
        }
        ZoneId tripZone = trip.items(Conference.class).stream().map(Conference::zone).findFirst()
                .orElse(timed.isEmpty() ? ZoneId.of("UTC") : timed.get(0).start().zone());
        for (Conference c : trip.items(Conference.class)) {
            Instant a = c.firstDay().atStartOfDay(c.zone()).toInstant();
            Instant b = c.lastDay().plusDays(1).atStartOfDay(c.zone()).toInstant();
            first = first == null || a.isBefore(first) ? a : first;
            last = last == null || b.isAfter(last) ? b : last;
        }
        if (first == null) {
            Instant today = ZonedDateTime.now(tripZone).toLocalDate().atStartOfDay(tripZone).toInstant();
            first = today;
            last = today.plus(Duration.ofDays(1));
        }
        Instant from = first.minus(MARGIN);
        Instant until = last.plus(MARGIN);

        for (Booth booth : trip.items(Booth.class)) {
            for (OpeningHours h : booth.hours()) {
                Instant open = ZonedDateTime.of(h.day(), h.open(), booth.zone()).toInstant();
                Instant close = ZonedDateTime.of(h.day(), h.close(), booth.zone()).toInstant();
                from = open.minus(MARGIN).isBefore(from) ? open.minus(MARGIN) : from;
                until = close.plus(MARGIN).isAfter(until) ? close.plus(MARGIN) : until;
            }
        }

        Map<UUID, List<Conflict>> byItem = new HashMap<>();
        Map<PersonItem, List<Conflict>> byPersonItem = new HashMap<>();
        for (Conflict c : conflicts) {
            for (UUID item : c.items()) {
                byItem.computeIfAbsent(item, k -> new ArrayList<>()).add(c);
                for (UUID person : c.people()) {
                    byPersonItem.computeIfAbsent(new PersonItem(person, item), k -> new ArrayList<>()).add(c);
                }
            }
        }

        // one pass over the items: each person's bars (instants worked out once per item) and travel legs
        Set<UUID> people = new LinkedHashSet<>(trip.people());
        Map<UUID, List<Bar>> barsOf = new HashMap<>();
        Map<UUID, List<TravelLeg>> legsOf = new HashMap<>();
        Map<UUID, List<Bar>> shiftsOf = new HashMap<>();
        for (int i = 0; i < starts.length; i++) {
            Timed t = timed.get(i);
            Item item = (Item) t;
            List<Conflict> ofItem = byItem.get(item.id());
            if (t instanceof Shift shift && shift.boothId() != null) {
                shiftsOf.computeIfAbsent(shift.boothId(), k -> new ArrayList<>())
                        .add(new Bar(item, t, starts[i], ends[i], 0, ofItem == null ? List.of() : ofItem));
            }
            for (UUID id : t.people()) {
                people.add(id);
                List<Conflict> mine = List.of();
                if (ofItem != null) {
                    mine = new ArrayList<>(byPersonItem.getOrDefault(new PersonItem(id, item.id()), List.of()));
                    for (Conflict c : ofItem) {
                        if (c.people().isEmpty()) {
                            mine.add(c);
                        }
                    }
                }
                barsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(new Bar(item, t, starts[i], ends[i], 0, mine));
                if (t instanceof TravelLeg leg) {
                    legsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(leg);
                }
            }
        }
        List<Lane> lanes = new ArrayList<>();
        for (UUID id : people) {
            if (hiddenPeople.contains(id)) {
                continue;
            }
            Person person = project.person(id).orElse(new Person(id, project.personName(id), "", "", null));
            List<Bar> bars = barsOf.getOrDefault(id, new ArrayList<>());
            List<TravelLeg> legs = legsOf.getOrDefault(id, List.of());
            // with no legs but items in the trip, the person is where those are (their travel is just not entered)
            ZoneId home = legs.isEmpty() && !bars.isEmpty() ? bars.get(0).timed().start().zone() : person.homeZone();
            String subtitle = (person.homeZone() == null ? "no home zone" : "home " + ZoneNames.city(person.homeZone()))
                    + (trip.people().contains(id) ? "" : " · not on this trip");
            lanes.add(lane(LaneType.PERSON, id, person.name(), subtitle, bars, Whereabouts.of(home, legs, from, until),
                    person.homeZone(), List.of()));
        }
        for (Booth booth : trip.items(Booth.class)) {
            List<Bar> bars = shiftsOf.getOrDefault(booth.id(), new ArrayList<>());
            String subtitle = "booth · at least " + booth.minStaff() + " on duty";
            lanes.add(lane(LaneType.BOOTH, booth.id(), booth.name().isBlank() ? "Booth" : booth.name(), subtitle, bars,
                    null, booth.zone(), BoothCoverage.of(booth, trip)));
        }
        return new TimelineLanes(trip, from, until, tripZone, List.copyOf(lanes));
    }

    /** Sorts the bars by start and gives each the first row where it overlaps nothing. */
    private static Lane lane(LaneType type, UUID id, String title, String subtitle, List<Bar> bars,
                             Whereabouts where, ZoneId zone, List<BoothCoverage.Span> coverage) {
        bars.sort(BAR_ORDER);
        List<Instant> rowEnds = new ArrayList<>();
        List<Bar> placed = new ArrayList<>(bars.size());
        Duration longest = Duration.ZERO;
        for (Bar b : bars) {
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row).isAfter(b.start())) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(b.end());
            } else {
                rowEnds.set(row, b.end());
            }
            Duration length = Duration.between(b.start(), b.end());
            longest = length.compareTo(longest) > 0 ? length : longest;
            placed.add(new Bar(b.item(), b.timed(), b.start(), b.end(), row, b.conflicts()));
        }
        return new Lane(type, id, title, subtitle, List.copyOf(placed), Math.max(1, rowEnds.size()), longest,
                where, zone, coverage);
    }
}
