package org.roadshow.ui.calendar;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.roadshow.model.Booth;
import org.roadshow.model.Conference;
import org.roadshow.model.Demo;
import org.roadshow.model.Item;
import org.roadshow.model.Meeting;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.model.Session;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.Timed;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.Trip;
import org.roadshow.plan.Conflict;
import org.roadshow.plan.Conflicts;
import org.roadshow.plan.Severity;

/**
 * The entries the calendar shows for a project, a filter and a clock, worked out afresh on each change (a
 * plain pass over the items and starred sessions, plus the conflict sweep): the view then changes only the
 * entries whose content differs. The week and month views ask for starred sessions that overlap each other
 * as one summary entry per cluster ({@link StarredSummaries}); the day view and the agenda list them one by one.
 * No JavaFX here.
 */
public final class CalendarContent {
    private CalendarContent() {
    }

    public static List<EntrySpec> entries(Project project, CalendarFilter filter, DisplayClock clock) {
        return entries(project, filter, clock, null);
    }

    /** As above, with overlapping starred sessions folded into summaries whose times {@code hours} writes (null: not folded). */
    public static List<EntrySpec> entries(Project project, CalendarFilter filter, DisplayClock clock,
                                          DateTimeFormatter hours) {
        List<EntrySpec> out = new ArrayList<>();
        for (Trip trip : project.trips()) {
            Map<UUID, List<Conflict>> conflicts = conflictsByItem(project, trip, filter.person());
            Map<UUID, Booth> booths = trip.items(Booth.class).stream().collect(Collectors.toMap(Booth::id, b -> b));
            for (Item item : trip.items()) {
                EntryKind kind = kindOf(item);
                if (kind == null || !filter.shows(kind)) {
                    continue;
                }
                if (item instanceof Conference c) {
                    out.add(new EntrySpec(c.id(), trip.id(), kind, c.kind(), null, conferenceTitle(c), c.venue(),
                            c.firstDay().atStartOfDay(), c.lastDay().atTime(23, 59), true, null, List.of()));
                    continue;
                }
                Timed timed = (Timed) item;
                if (filter.person() != null && !timed.people().contains(filter.person())) {
                    continue;
                }
                out.add(spec(item.id(), trip.id(), kind, item, null, title(item, kind, booths),
                        location(item, project, booths), timed, clock, conflicts.getOrDefault(item.id(), List.of())));
            }
            if (filter.shows(EntryKind.STARRED)) {
                List<EntrySpec> starred = new ArrayList<>();
                for (Programme programme : trip.programmes()) {
                    for (Session s : programme.sessions()) {
                        if (s.cancelled() || s.starredBy().isEmpty()
                                || filter.person() != null && !s.starredBy(filter.person())) {
                            continue;
                        }
                        LocalDateTime start = clock.toDisplay(s.start());
                        LocalDateTime end = clock.toDisplay(s.end());
                        List<Conflict> mine = conflicts.getOrDefault(s.id(), List.of());
                        starred.add(new EntrySpec(s.id(), trip.id(), EntryKind.STARRED, null, programme.id(),
                                EntryKind.STARRED.cue() + " " + s.title(), sessionPlace(s, project), start,
                                end.isAfter(start) ? end : start.plusMinutes(5), false, worst(mine), sentences(mine)));
                    }
                }
                out.addAll(hours == null ? starred : StarredSummaries.fold(starred, hours));
            }
        }
        return out;
    }

    private static EntrySpec spec(UUID id, UUID tripId, EntryKind kind, Item item, UUID programmeId, String title,
                                  String location, Timed timed, DisplayClock clock, List<Conflict> conflicts) {
        LocalDateTime start = clock.toDisplay(timed.start());
        LocalDateTime end = clock.toDisplay(timed.end());
        if (!end.isAfter(start)) {
            // local times of travel across zones can run backwards (Tokyo 17:00 → Los Angeles 10:00): draw its length
            end = start.plus(timed.duration());
        }
        String marked = conflicts.isEmpty() ? title : "⚠ " + title;
        return new EntrySpec(id, tripId, kind, item.kind(), programmeId, marked, location, start, end, false,
                worst(conflicts), sentences(conflicts));
    }

    /** Each item's and session's conflicts in the trip; only those of {@code person} when one is chosen. */
    private static Map<UUID, List<Conflict>> conflictsByItem(Project project, Trip trip, UUID person) {
        Map<UUID, List<Conflict>> byItem = new HashMap<>();
        for (Conflict c : Conflicts.forTrip(project, trip)) {
            if (person != null && !c.people().contains(person)) {
                continue;
            }
            for (UUID id : c.items()) {
                byItem.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
            }
        }
        return byItem;
    }

    private static Severity worst(List<Conflict> conflicts) {
        Severity worst = null;
        for (Conflict c : conflicts) {
            if (c.severity() == Severity.ERROR) {
                return Severity.ERROR;
            }
            worst = c.severity();
        }
        return worst;
    }

    private static List<String> sentences(List<Conflict> conflicts) {
        return conflicts.stream().map(Conflict::message).distinct().toList();
    }

    static EntryKind kindOf(Item item) {
        return EntryKind.of(item);
    }

    private static String conferenceTitle(Conference c) {
        String name = c.name().isBlank() ? "Conference" : c.name();
        return c.city().isBlank() ? name : name + " · " + c.city();
    }

    private static String title(Item item, EntryKind kind, Map<UUID, Booth> booths) {
        String name = switch (item.kind()) {
            case SHIFT -> {
                Booth b = booths.get(((Shift) item).boothId());
                yield b == null || b.name().isBlank() ? "booth" : b.name();
            }
            case TRAVEL -> {
                TravelLeg l = (TravelLeg) item;
                String carrier = l.carrier().isBlank() ? "" : " " + l.carrier();
                yield l.mode().label() + carrier + " " + l.from() + " → " + l.to();
            }
            default -> item.label().isBlank() ? "(untitled)" : item.label();
        };
        return kind.cue().isEmpty() ? name : kind.cue() + ": " + name;
    }

    /** Where it happens and who goes: "Janson · Lena Hartmann, Zoë Müller". */
    private static String location(Item item, Project project, Map<UUID, Booth> booths) {
        String place = switch (item.kind()) {
            case TALK -> ((Talk) item).room();
            case SHIFT -> {
                Booth b = booths.get(((Shift) item).boothId());
                yield b == null ? "" : b.location();
            }
            case DEMO -> ((Demo) item).where();
            case TRAVEL -> ((TravelLeg) item).bookingReference();
            case MEETING -> ((Meeting) item).where();
            default -> "";
        };
        String people = ((Timed) item).people().stream().map(project::personName).collect(Collectors.joining(", "));
        if (place.isBlank()) {
            return people;
        }
        return people.isBlank() ? place : place + " · " + people;
    }

    private static String sessionPlace(Session s, Project project) {
        String people = s.starredBy().stream().map(project::personName).sorted().collect(Collectors.joining(", "));
        String starred = people.isEmpty() ? "" : "starred by " + people;
        return s.room().isBlank() ? starred : s.room() + " · " + starred;
    }
}
