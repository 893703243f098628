package org.roadshow.edit;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Demo;
import org.roadshow.model.Item;
import org.roadshow.model.Meeting;
import org.roadshow.model.Programme;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.TravelLeg;

/** Removes every reference to a person from an item, so that deleting a person leaves no dangling ids. */
final class PersonReferences {
    private PersonReferences() {
    }

    static Item without(Item item, UUID person) {
        return switch (item.kind()) {
            case CONFERENCE, BOOTH -> item;
            case TALK -> {
                Talk t = (Talk) item;
                yield t.withSpeakers(drop(t.speakers(), person));
            }
            case SHIFT -> {
                yield ((Shift) item).withoutPerson(person);
            }
            case DEMO -> {
                Demo d = (Demo) item;
                yield d.withPeople(drop(d.people(), person));
            }
            case TRAVEL -> {
                TravelLeg l = (TravelLeg) item;
                yield l.withTravellers(drop(l.travellers(), person));
            }
            case MEETING -> {
                Meeting m = (Meeting) item;
                yield m.withPeople(drop(m.people(), person));
            }
            case CHECKLIST -> {
                ChecklistItem c = (ChecklistItem) item;
                yield person.equals(c.assignee()) ? c.withAssignee(null) : c;
            }
        };
    }

    static Programme without(Programme programme, UUID person) {
        return programme.withSessions(programme.sessions().stream()
                .map(s -> s.starredBy(person)
                        ? s.withStarredBy(s.starredBy().stream().filter(id -> !Objects.equals(id, person))
                                .collect(Collectors.toSet()))
                        : s)
                .toList());
    }

    private static List<UUID> drop(List<UUID> ids, UUID person) {
        return ids.stream().filter(id -> !id.equals(person)).toList();
    }
}
