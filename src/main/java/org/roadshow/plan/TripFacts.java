package org.roadshow.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.roadshow.model.Booth;
import org.roadshow.model.Conference;
import org.roadshow.model.Item;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.Timed;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.TravelMode;
import org.roadshow.model.Trip;

/**
 * What one conflict check reads of a trip, gathered in one plain pass over its items and shared by all its
 * parts: each timed item as one {@link Commitment} (its instants, which cost a look-up in the zone's rules,
 * worked out once for the sweeps, the booth checks and the team check alike), each person's own commitments
 * already in {@link OverlapSweep#BY_START} order (one sort for the trip, not one per person), the booths with
 * their shifts, the conferences, each leg's travel mode and the team.
 */
final class TripFacts {
    /** A timed item of the trip as a commitment, with the people it takes. */
    record Entry(Item item, Commitment commitment, List<UUID> people) {
    }

    final Trip trip;
    final Set<UUID> team;
    /** Each booth's name as sentences use it ("the booth" when it has none). */
    final Map<UUID, String> boothNames = new HashMap<>();
    final List<Booth> booths = new ArrayList<>();
    final Map<UUID, Conference> conferences = new HashMap<>();
    /** Each booth's shifts, in start order. */
    final Map<UUID, List<Entry>> shiftsByBooth = new HashMap<>();
    final Map<UUID, TravelMode> modes = new HashMap<>();
    /** The sessions each speaker's talks are the programme entry of: no clash with their own talk. */
    final Map<UUID, Set<UUID>> ownSessions = new HashMap<>();
    /** Each person's own commitments in {@link OverlapSweep#BY_START} order, people in order of their first one. */
    final Map<UUID, List<Commitment>> ownByPerson = new LinkedHashMap<>();
    /** The timed items (talks, shifts, demos, legs, meetings) in {@link OverlapSweep#BY_START} order. */
    final List<Entry> timed;

    TripFacts(Trip trip) {
        this.trip = trip;
        this.team = new HashSet<>(trip.people());
        List<Entry> entries = new ArrayList<>(trip.items().size());
        Instants instants = new Instants();
        // One pass: a trip keeps its items grouped in ItemKind order, so every booth comes before the shifts
        // named after it.
        for (Item item : trip.items()) {
            switch (item.kind()) {
                case BOOTH -> {
                    Booth b = (Booth) item;
                    booths.add(b);
                    boothNames.put(b.id(), b.name().isBlank() ? "the booth" : b.name());
                    continue;
                }
                case CONFERENCE -> {
                    conferences.put(item.id(), (Conference) item);
                    continue;
                }
                case CHECKLIST -> {
                    continue;
                }
                case TRAVEL -> modes.put(item.id(), ((TravelLeg) item).mode());
                case TALK -> {
                    Talk t = (Talk) item;
                    if (t.sessionId() != null) {
                        t.speakers().forEach(p -> ownSessions.computeIfAbsent(p, x -> new HashSet<>()).add(t.sessionId()));
                    }
                }
                default -> { }
            }
            Commitment c = Commitments.of(item, boothNames, instants);
            entries.add(new Entry(item, c, ((Timed) item).people()));
        }
        entries.sort(TripFacts::byStart);
        for (Entry e : entries) {
            for (UUID person : e.people()) {
                List<Commitment> own = ownByPerson.get(person);
                if (own == null) {
                    own = new ArrayList<>();
                    ownByPerson.put(person, own);
                }
                own.add(e.commitment());
            }
            if (e.commitment().kind() == CommitmentKind.SHIFT) {
                shiftsByBooth.computeIfAbsent(((Shift) e.item()).boothId(), b -> new ArrayList<>()).add(e);
            }
        }
        timed = entries;
    }

    private static int byStart(Entry a, Entry b) {
        return OverlapSweep.BY_START.compare(a.commitment(), b.commitment());
    }

    /** The person's own commitments in start order (empty when they have none). */
    List<Commitment> own(UUID person) {
        return ownByPerson.getOrDefault(person, List.of());
    }
}
