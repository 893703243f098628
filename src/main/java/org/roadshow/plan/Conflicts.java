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
 * items that overlap are an error; a starred session over an own item is a warning. Parts of one thing
 * never clash (see {@link Commitment#belongsWith}). Results come in time order. Further checks over the
 * same per-person commitments (travel buffers, staffing, opening hours) add a {@link ConflictKind} and a
 * pass in {@link #check}.
 */
public final class Conflicts {
    private static final Comparator<Conflict> ORDER = Comparator.comparing(Conflict::from)
            .thenComparing(c -> c.first().startInstant()).thenComparing(c -> c.first().id())
            .thenComparing(c -> c.second().id()).thenComparing(c -> c.people().get(0));

    private Conflicts() {
    }

    /** Conflicts of everyone in the trip: its team and anyone its items or stars name. */
    public static List<Conflict> forTrip(Project project, Trip trip) {
        Map<UUID, List<Commitment>> own = Commitments.ownByPerson(trip);
        Map<UUID, List<Commitment>> starred = Commitments.starredByPerson(trip);
        Set<UUID> people = new LinkedHashSet<>(trip.people());
        people.addAll(own.keySet());
        people.addAll(starred.keySet());
        List<Conflict> out = new ArrayList<>();
        for (UUID person : people) {
            check(project, person, own.getOrDefault(person, List.of()), starred.getOrDefault(person, List.of()), out);
        }
        out.sort(ORDER);
        return out;
    }

    /** Conflicts of one person in the trip. */
    public static List<Conflict> forPerson(Project project, Trip trip, UUID person) {
        List<Commitment> own = Commitments.ownByPerson(trip).getOrDefault(person, List.of());
        List<Commitment> starred = Commitments.starredByPerson(trip).getOrDefault(person, List.of());
        List<Conflict> out = new ArrayList<>();
        check(project, person, own, starred, out);
        out.sort(ORDER);
        return out;
    }

    /**
     * The programme held against the person's own items: for each session that overlaps one, those
     * conflicts (in time order). A session is no clash with the talk that is its own programme entry;
     * cancelled sessions are left out.
     */
    public static Map<UUID, List<Conflict>> forProgramme(Project project, Trip trip, Programme programme, UUID person) {
        List<Commitment> own = Commitments.ownByPerson(trip).getOrDefault(person, List.of());
        String name = project.personName(person);
        List<Conflict> found = new ArrayList<>();
        OverlapSweep.between(own, Commitments.sessions(programme), (item, session) -> {
            if (!item.belongsWith(session)) {
                found.add(conflict(ConflictKind.SESSION_CLASH, person, name, item, session));
            }
        });
        found.sort(ORDER);
        Map<UUID, List<Conflict>> bySession = new LinkedHashMap<>();
        for (Conflict c : found) {
            bySession.computeIfAbsent(c.second().id(), s -> new ArrayList<>()).add(c);
        }
        return bySession;
    }

    private static void check(Project project, UUID person, List<Commitment> own, List<Commitment> starred,
                              List<Conflict> out) {
        String name = project.personName(person);
        OverlapSweep.within(own, (a, b) -> {
            if (!a.belongsWith(b)) {
                out.add(conflict(ConflictKind.OVERLAP, person, name, a, b));
            }
        });
        // Stars against own items only: people star parallel sessions to choose between later.
        OverlapSweep.between(own, starred, (item, session) -> {
            if (!item.belongsWith(session)) {
                out.add(conflict(ConflictKind.STARRED_CLASH, person, name, item, session));
            }
        });
    }

    /** A conflict of one person, called {@code name}. */
    private static Conflict conflict(ConflictKind kind, UUID person, String name, Commitment first,
                                     Commitment second) {
        Instant from = max(first.startInstant(), second.startInstant());
        Instant until = min(first.endInstant(), second.endInstant());
        return new Conflict(kind, List.of(person), name, first, second, from, until);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
