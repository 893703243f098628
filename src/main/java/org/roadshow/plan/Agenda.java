package org.roadshow.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.roadshow.model.Demo;
import org.roadshow.model.Item;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.model.Session;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.Timed;
import org.roadshow.model.Trip;

/** Who does what when: picks the agenda entries of a selection, in time order. */
public final class Agenda {
    /** Sort key: the instant is computed once per entry, not once per comparison. */
    private record Keyed(Instant start, AgendaEntry entry) {
    }

    private static final Comparator<Keyed> ORDER = Comparator.comparing(Keyed::start)
            .thenComparing(k -> k.entry().kind())
            .thenComparing(k -> k.entry().id());

    private Agenda() {
    }

    /** The entries the selection picks, ordered by start instant, then kind, then id. */
    public static List<AgendaEntry> select(Project project, AgendaSelection selection) {
        List<AgendaEntry> entries = new ArrayList<>();
        for (Trip trip : project.trips()) {
            if (!selection.trips().isEmpty() && !selection.trips().contains(trip.id())) {
                continue;
            }
            Set<UUID> ownSessions = new HashSet<>();
            for (Item item : trip.items()) {
                AgendaKind kind = kindOf(item);
                if (kind == null || !selection.kinds().contains(kind) || !picks(selection, item)) {
                    continue;
                }
                Timed timed = (Timed) item;
                entries.add(new AgendaEntry(kind, item.id(), trip, timed.start(), timed.end(), timed.people(),
                        item, null, null));
                if (item instanceof Talk talk && talk.sessionId() != null) {
                    ownSessions.add(talk.sessionId());
                }
            }
            if (selection.kinds().contains(AgendaKind.STARRED) && selection.booth() == null) {
                addStarred(trip, selection, ownSessions, entries);
            }
        }
        List<Keyed> keyed = new ArrayList<>(entries.size());
        entries.forEach(e -> keyed.add(new Keyed(e.start().instant(), e)));
        keyed.sort(ORDER);
        return keyed.stream().map(Keyed::entry).toList();
    }

    /** The agenda kind of an item, or null for items that are not on an agenda (conferences, booths, to-dos). */
    public static AgendaKind kindOf(Item item) {
        return switch (item.kind()) {
            case TALK -> AgendaKind.TALK;
            case SHIFT -> AgendaKind.SHIFT;
            case DEMO -> AgendaKind.DEMO;
            case TRAVEL -> AgendaKind.TRAVEL;
            case MEETING -> AgendaKind.MEETING;
            case CONFERENCE, BOOTH, CHECKLIST -> null;
        };
    }

    private static boolean picks(AgendaSelection selection, Item item) {
        if (!selection.ids().isEmpty() && !selection.ids().contains(item.id())) {
            return false;
        }
        if (selection.person() != null && !((Timed) item).people().contains(selection.person())) {
            return false;
        }
        if (selection.booth() != null) {
            return switch (item.kind()) {
                case SHIFT -> selection.booth().equals(((Shift) item).boothId());
                case DEMO -> selection.booth().equals(((Demo) item).linkedItem());
                case CONFERENCE, TALK, BOOTH, TRAVEL, MEETING, CHECKLIST -> false;
            };
        }
        return true;
    }

    /**
     * Starred programme sessions: the person's stars, or for everyone any session someone starred. A
     * session that is the programme entry of a talk already on the agenda is left out, so that a speaker
     * does not see their own talk twice.
     */
    private static void addStarred(Trip trip, AgendaSelection selection, Set<UUID> ownSessions,
                                   List<AgendaEntry> entries) {
        for (Programme programme : trip.programmes()) {
            for (Session session : programme.sessions()) {
                boolean starred = selection.person() == null
                        ? !session.starredBy().isEmpty() : session.starredBy(selection.person());
                if (!starred || ownSessions.contains(session.id())
                        || !selection.ids().isEmpty() && !selection.ids().contains(session.id())) {
                    continue;
                }
                entries.add(new AgendaEntry(AgendaKind.STARRED, session.id(), trip, session.start(), session.end(),
                        List.copyOf(session.starredBy()), null, programme, session));
            }
        }
    }
}
