package org.roadshow.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.roadshow.model.Booth;
import org.roadshow.model.Demo;
import org.roadshow.model.Item;
import org.roadshow.model.Meeting;
import org.roadshow.model.Moment;
import org.roadshow.model.Programme;
import org.roadshow.model.Session;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.TravelMode;
import org.roadshow.model.Trip;

/** What takes people's time in a trip: their own items and the sessions they starred, each as a {@link Commitment}. */
public final class Commitments {
    /** "flight", "train": what a sentence calls a leg of each mode. */
    private static final Map<TravelMode, String> LABELS = new EnumMap<>(TravelMode.class);

    static {
        for (TravelMode mode : TravelMode.values()) {
            LABELS.put(mode, mode.label().toLowerCase(Locale.ROOT));
        }
    }

    private Commitments() {
    }

    /** Each person's own items in the trip (talks, shifts, demos, travel, meetings), in one pass over the items. */
    public static Map<UUID, List<Commitment>> ownByPerson(Trip trip) {
        Map<UUID, String> booths = boothNames(trip);
        Map<UUID, List<Commitment>> byPerson = new LinkedHashMap<>();
        for (Item item : trip.items()) {
            Commitment c = of(item, booths);
            if (c != null) {
                for (UUID person : people(item)) {
                    byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(c);
                }
            }
        }
        return byPerson;
    }

    /**
     * The sessions each person starred in the trip's programmes. Left out: cancelled sessions, and the
     * session of a talk the person gives (the talk itself is their commitment).
     */
    public static Map<UUID, List<Commitment>> starredByPerson(Trip trip) {
        if (trip.programmes().isEmpty()) {
            return Map.of();
        }
        Map<UUID, Set<UUID>> ownSessions = new HashMap<>();
        for (Talk talk : trip.items(Talk.class)) {
            if (talk.sessionId() != null) {
                talk.speakers().forEach(p -> ownSessions.computeIfAbsent(p, x -> new HashSet<>()).add(talk.sessionId()));
            }
        }
        return starredByPerson(trip, ownSessions);
    }

    /** As {@link #starredByPerson(Trip)}, given the sessions of each speaker's own talks. */
    static Map<UUID, List<Commitment>> starredByPerson(Trip trip, Map<UUID, Set<UUID>> ownSessions) {
        Map<UUID, List<Commitment>> byPerson = new LinkedHashMap<>();
        for (Programme programme : trip.programmes()) {
            for (Session session : programme.sessions()) {
                if (session.cancelled() || session.starredBy().isEmpty()) {
                    continue;
                }
                Commitment c = session(session, CommitmentKind.STARRED_SESSION);
                for (UUID person : session.starredBy()) {
                    if (!ownSessions.getOrDefault(person, Set.of()).contains(session.id())) {
                        byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(c);
                    }
                }
            }
        }
        return byPerson;
    }

    /** Every session of the programme that still takes place. */
    public static List<Commitment> sessions(Programme programme) {
        List<Commitment> out = new ArrayList<>(programme.sessions().size());
        for (Session s : programme.sessions()) {
            if (!s.cancelled()) {
                out.add(session(s, CommitmentKind.SESSION));
            }
        }
        return out;
    }

    /** The item as a commitment, or null for items that take nobody's time (conferences, booths, to-dos). */
    public static Commitment of(Item item, Trip trip) {
        return of(item, boothNames(trip));
    }

    static Commitment of(Item item, Map<UUID, String> booths) {
        return of(item, booths, null);
    }

    /** As {@link #of(Item, Trip)}, the instants worked out by {@code instants} (null: by each moment). */
    static Commitment of(Item item, Map<UUID, String> booths, Instants instants) {
        return switch (item.kind()) {
            case TALK -> {
                Talk t = (Talk) item;
                yield commitment(CommitmentKind.TALK, t.id(), t.title(), t.room(), t.sessionId(), t.start(), t.end(), instants);
            }
            case SHIFT -> {
                Shift s = (Shift) item;
                yield commitment(CommitmentKind.SHIFT, s.id(), booths.getOrDefault(s.boothId(), "the booth"), "",
                        s.boothId(), s.start(), s.end(), instants);
            }
            case DEMO -> {
                Demo d = (Demo) item;
                yield commitment(CommitmentKind.DEMO, d.id(), d.what(), d.where(), d.linkedItem(), d.start(), d.end(), instants);
            }
            case TRAVEL -> {
                TravelLeg l = (TravelLeg) item;
                String name = LABELS.get(l.mode()) + (l.carrier().isBlank() ? "" : " " + l.carrier())
                        + " from " + l.from() + " to " + l.to();
                yield commitment(CommitmentKind.TRAVEL, l.id(), name, l.from(), null, l.departure(), l.arrival(), instants);
            }
            case MEETING -> {
                Meeting m = (Meeting) item;
                yield commitment(CommitmentKind.MEETING, m.id(), m.title(), m.where(), null, m.start(), m.end(), instants);
            }
            case CONFERENCE, BOOTH, CHECKLIST -> null;
        };
    }

    private static Commitment commitment(CommitmentKind kind, UUID id, String name, String place, UUID partOf,
                                         Moment start, Moment end, Instants instants) {
        if (instants == null) {
            return new Commitment(kind, id, name, place, partOf, start, end);
        }
        return new Commitment(kind, id, name, place, partOf, start, end, instants.of(start), instants.of(end));
    }

    /** The people the item takes: speakers, staff, travellers, attendees. */
    static List<UUID> people(Item item) {
        return switch (item.kind()) {
            case TALK -> ((Talk) item).speakers();
            case SHIFT -> ((Shift) item).people();
            case DEMO -> ((Demo) item).people();
            case TRAVEL -> ((TravelLeg) item).travellers();
            case MEETING -> ((Meeting) item).people();
            case CONFERENCE, BOOTH, CHECKLIST -> List.of();
        };
    }

    private static Commitment session(Session s, CommitmentKind kind) {
        return new Commitment(kind, s.id(), s.title(), s.room(), null, s.start(), s.end());
    }

    static Map<UUID, String> boothNames(Trip trip) {
        Map<UUID, String> names = new HashMap<>();
        for (Booth b : trip.items(Booth.class)) {
            names.put(b.id(), b.name().isBlank() ? "the booth" : b.name());
        }
        return names;
    }
}
