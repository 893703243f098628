package org.roadshow.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.roadshow.model.Conference;
import org.roadshow.model.Item;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;

/**
 * What a project holds, at a glance: its trips with their conferences and item counts, and the team.
 * Used by {@code roadshow info} and {@code validate}; a window could show the same.
 */
public record ProjectSummary(String name, List<PersonLine> people, List<TripLine> trips) {
    public record PersonLine(String name, String role, ZoneId homeZone) {
    }

    public record ConferenceLine(String name, String city, ZoneId zone, LocalDate firstDay, LocalDate lastDay) {
        /** The number of days, both ends included. */
        public long days() {
            return ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        }
    }

    /** {@code counts} has every kind, zero where the trip has none, in {@link ItemKind} order. */
    public record TripLine(String name, List<String> people, List<ConferenceLine> conferences,
                           Map<ItemKind, Integer> counts, int programmes, int sessions, int starredSessions) {
        public int items() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public static ProjectSummary of(Project project) {
        List<PersonLine> team = project.people().stream()
                .map(p -> new PersonLine(p.name(), p.role(), p.homeZone())).toList();
        List<TripLine> trips = project.trips().stream().map(t -> trip(project, t)).toList();
        return new ProjectSummary(project.name(), team, trips);
    }

    private static TripLine trip(Project project, Trip trip) {
        Map<ItemKind, Integer> counts = new EnumMap<>(ItemKind.class);
        for (ItemKind kind : ItemKind.values()) {
            counts.put(kind, 0);
        }
        for (Item item : trip.items()) {
            counts.merge(item.kind(), 1, Integer::sum);
        }
        List<ConferenceLine> conferences = trip.items(Conference.class).stream()
                .map(c -> new ConferenceLine(c.name(), c.city(), c.zone(), c.firstDay(), c.lastDay())).toList();
        List<String> people = trip.people().stream().map(project::personName).toList();
        int sessions = trip.programmes().stream().mapToInt(p -> p.sessions().size()).sum();
        int starred = (int) trip.programmes().stream().map(Programme::sessions).flatMap(List::stream)
                .filter(s -> !s.starredBy().isEmpty()).count();
        return new TripLine(trip.name(), people, conferences, Collections.unmodifiableMap(counts), trip.programmes().size(), sessions,
                starred);
    }

    public int itemCount() {
        return trips.stream().mapToInt(TripLine::items).sum();
    }

    /** For a person line: "Ann Lee (Booth lead), home zone Europe/Brussels". */
    public static String describe(PersonLine person) {
        StringBuilder b = new StringBuilder(person.name());
        if (!person.role().isEmpty()) {
            b.append(" (").append(person.role()).append(')');
        }
        if (person.homeZone() != null) {
            b.append(", home zone ").append(person.homeZone());
        }
        return b.toString();
    }
}
