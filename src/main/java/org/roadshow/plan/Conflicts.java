package org.roadshow.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;

/**
 * The conflict check, one for every view and the command line. For each person of a trip it gathers what
 * takes their time ({@link Commitments}) and sweeps over it sorted by start ({@link OverlapSweep}): two own
 * items that overlap are an error, and so is an item inside the trip's travel buffers ({@link
 * TravelBufferCheck}); a starred session over an own item is a warning. Parts of one thing never clash (see
 * {@link Commitment#belongsWith}). Then the trip as a whole: booth staffing and opening hours ({@link
 * BoothChecks}) and people at work on a trip they are not on ({@link TeamCheck}). Results come in time order.
 */
public final class Conflicts {
    private static final Comparator<Conflict> ORDER = Conflicts::inOrder;

    private Conflicts() {
    }

    /** Every conflict of every trip of the project, trip by trip in the project's order. */
    public static List<Conflict> forProject(Project project) {
        List<Conflict> out = new ArrayList<>();
        for (Trip trip : project.trips()) {
            out.addAll(forTrip(project, trip));
        }
        return out;
    }

    /** Conflicts of everyone in the trip (its team and anyone its items or stars name) and of its booths. */
    public static List<Conflict> forTrip(Project project, Trip trip) {
        TripFacts facts = new TripFacts(trip);
        Map<UUID, List<Commitment>> starred = Commitments.starredByPerson(trip, facts.ownSessions);
        Set<UUID> people = new LinkedHashSet<>(trip.people());
        people.addAll(facts.ownByPerson.keySet());
        people.addAll(starred.keySet());
        List<Conflict> out = new ArrayList<>();
        for (UUID person : people) {
            check(project, facts, person, starred.getOrDefault(person, List.of()), out);
        }
        BoothChecks.check(project, facts, out);
        TeamCheck.check(project, facts, out);
        out.sort(ORDER);
        return out;
    }

    /** Conflicts of one person in the trip: their own, and the trip's that name them (staffing, not on the trip). */
    public static List<Conflict> forPerson(Project project, Trip trip, UUID person) {
        TripFacts facts = new TripFacts(trip);
        List<Commitment> starred = Commitments.starredByPerson(trip, facts.ownSessions).getOrDefault(person, List.of());
        List<Conflict> out = new ArrayList<>();
        check(project, facts, person, starred, out);
        List<Conflict> tripWide = new ArrayList<>();
        BoothChecks.check(project, facts, tripWide);
        TeamCheck.check(project, facts, tripWide);
        for (Conflict c : tripWide) {
            if (c.people().contains(person)) {
                out.add(c);
            }
        }
        out.sort(ORDER);
        return out;
    }

    /** The conflicts of the trip that concern the item (or session), for its form. */
    public static List<Conflict> forItem(Project project, UUID itemId) {
        return project.tripOf(itemId).map(trip -> forTrip(project, trip).stream().filter(c -> c.concerns(itemId))
                .toList()).orElse(List.of());
    }

    /**
     * The programme held against the person's own items: for each session that overlaps one, those
     * conflicts (in time order). A session is no clash with the talk that is its own programme entry;
     * cancelled sessions are left out.
     */
    public static Map<UUID, List<Conflict>> forProgramme(Project project, Trip trip, Programme programme, UUID person) {
        List<Commitment> own = Commitments.ownByPerson(trip).getOrDefault(person, List.of());
        String name = project.personName(person);
        List<UUID> who = List.of(person);
        List<Conflict> found = new ArrayList<>();
        OverlapSweep.between(own, Commitments.sessions(programme), (item, session) -> {
            if (!item.belongsWith(session)) {
                found.add(conflict(ConflictKind.SESSION_CLASH, who, name, item, session));
            }
        });
        found.sort(ORDER);
        Map<UUID, List<Conflict>> bySession = new LinkedHashMap<>();
        for (Conflict c : found) {
            bySession.computeIfAbsent(c.second().id(), s -> new ArrayList<>()).add(c);
        }
        return bySession;
    }

    private static void check(Project project, TripFacts facts, UUID person, List<Commitment> starred,
                              List<Conflict> out) {
        String name = project.personName(person);
        List<UUID> who = List.of(person); // one list for all their conflicts
        List<Commitment> mine = facts.own(person); // in start order, for the three sweeps
        OverlapSweep.withinSorted(mine, (a, b) -> {
            if (!a.belongsWith(b)) {
                out.add(conflict(ConflictKind.OVERLAP, who, name, a, b));
            }
        });
        TravelBufferCheck.check(person, name, mine, facts.modes, facts.trip.buffers(), out);
        // Stars against own items only: people star parallel sessions to choose between later.
        if (!starred.isEmpty()) {
            OverlapSweep.betweenSorted(mine, OverlapSweep.sorted(starred), (item, session) -> {
                if (!item.belongsWith(session)) {
                    out.add(conflict(ConflictKind.STARRED_CLASH, who, name, item, session));
                }
            });
        }
    }

    /** Time order: by start, then the first item's start, kind, items and people (written out: it sorts thousands). */
    private static int inOrder(Conflict a, Conflict b) {
        int c = a.from().compareTo(b.from());
        if (c == 0) {
            c = firstStart(a).compareTo(firstStart(b));
        }
        if (c == 0) {
            c = a.kind().compareTo(b.kind());
        }
        if (c == 0) {
            c = compareIds(a.items(), b.items());
        }
        return c != 0 ? c : compareIds(a.people(), b.people());
    }

    private static Instant firstStart(Conflict c) {
        return c.first() == null ? c.from() : c.first().startInstant();
    }

    private static int compareIds(List<UUID> a, List<UUID> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** A conflict of one person ({@code who}, a list of them alone), called {@code name}. */
    private static Conflict conflict(ConflictKind kind, List<UUID> who, String name, Commitment first,
                                     Commitment second) {
        Instant from = max(first.startInstant(), second.startInstant());
        Instant until = min(first.endInstant(), second.endInstant());
        return new Conflict(kind, who, name, first, second, from, until);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
