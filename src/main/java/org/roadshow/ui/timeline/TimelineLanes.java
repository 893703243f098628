package org.roadshow.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
        for (Timed t : timed) {
            first = first == null || t.start().instant().isBefore(first) ? t.start().instant() : first;
            last = last == null || t.end().instant().isAfter(last) ? t.end().instant() : last;
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

        Map<UUID, List<Conflict>> byItem = new LinkedHashMap<>();
        Map<String, List<Conflict>> byPersonItem = new LinkedHashMap<>();
        for (Conflict c : conflicts) {
            for (UUID item : c.items()) {
                byItem.computeIfAbsent(item, k -> new ArrayList<>()).add(c);
                for (UUID person : c.people()) {
                    byPersonItem.computeIfAbsent(person + "/" + item, k -> new ArrayList<>()).add(c);
                }
            }
        }

        Set<UUID> people = new LinkedHashSet<>(trip.people());
        timed.forEach(t -> people.addAll(t.people()));
        List<Lane> lanes = new ArrayList<>();
        for (UUID id : people) {
            if (hiddenPeople.contains(id)) {
                continue;
            }
            Person person = project.person(id).orElse(new Person(id, project.personName(id), "", "", null));
            List<Bar> bars = new ArrayList<>();
            for (Timed t : timed) {
                if (t.people().contains(id)) {
                    Item item = (Item) t;
                    List<Conflict> mine = new ArrayList<>(byPersonItem.getOrDefault(id + "/" + item.id(), List.of()));
                    byItem.getOrDefault(item.id(), List.of()).stream().filter(c -> c.people().isEmpty()).forEach(mine::add);
                    bars.add(new Bar(item, t, t.start().instant(), t.end().instant(), 0, mine));
                }
            }
            String subtitle = (person.homeZone() == null ? "no home zone" : "home " + ZoneNames.city(person.homeZone()))
                    + (trip.people().contains(id) ? "" : " · not on this trip");
            lanes.add(lane(LaneType.PERSON, id, person.name(), subtitle, bars, whereabouts(person, trip, bars, from, until),
                    person.homeZone(), List.of()));
        }
        for (Booth booth : trip.items(Booth.class)) {
            List<Bar> bars = new ArrayList<>();
            for (Shift s : trip.items(Shift.class)) {
                if (booth.id().equals(s.boothId())) {
                    bars.add(new Bar(s, s, s.start().instant(), s.end().instant(), 0,
                            byItem.getOrDefault(s.id(), List.of())));
                }
            }
            String subtitle = "booth · at least " + booth.minStaff() + " on duty";
            lanes.add(lane(LaneType.BOOTH, booth.id(), booth.name().isBlank() ? "Booth" : booth.name(), subtitle, bars,
                    null, booth.zone(), BoothCoverage.of(booth, trip)));
        }
        return new TimelineLanes(trip, from, until, tripZone, List.copyOf(lanes));
    }

    /**
     * Where the person is: from their legs; with no legs but items in the trip, where those items are (they
     * are there, their travel is just not entered), else at home.
     */
    private static Whereabouts whereabouts(Person person, Trip trip, List<Bar> bars, Instant from, Instant until) {
        List<TravelLeg> legs = trip.items(TravelLeg.class).stream().filter(l -> l.travellers().contains(person.id())).toList();
        ZoneId home = legs.isEmpty() && !bars.isEmpty() ? bars.get(0).timed().start().zone() : person.homeZone();
        return Whereabouts.of(home, legs, from, until);
    }

    /** Sorts the bars by start and gives each the first row where it overlaps nothing. */
    private static Lane lane(LaneType type, UUID id, String title, String subtitle, List<Bar> bars,
                             Whereabouts where, ZoneId zone, List<BoothCoverage.Span> coverage) {
        bars.sort(Comparator.comparing(Bar::start).thenComparing(Bar::end).thenComparing(b -> b.id().toString()));
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
