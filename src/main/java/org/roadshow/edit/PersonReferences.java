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
        if (item instanceof Talk t) {
            return new Talk(t.id(), t.conferenceId(), t.title(), drop(t.speakers(), person), t.otherSpeakers(),
                    t.room(), t.start(), t.end(), t.abstractText(), t.sessionId());
        } else if (item instanceof Shift s) {
            return new Shift(s.id(), s.boothId(), s.start(), s.end(), drop(s.people(), person));
        } else if (item instanceof Demo d) {
            return new Demo(d.id(), d.what(), d.where(), d.start(), d.end(), d.equipment(), d.backupPlan(),
                    d.linkedItem(), drop(d.people(), person));
        } else if (item instanceof TravelLeg l) {
            return new TravelLeg(l.id(), l.mode(), l.from(), l.to(), l.departure(), l.arrival(), l.carrier(),
                    l.bookingReference(), drop(l.travellers(), person));
        } else if (item instanceof Meeting m) {
            return new Meeting(m.id(), m.title(), m.where(), m.start(), m.end(), drop(m.people(), person),
                    m.withWhom(), m.notes());
        } else if (item instanceof ChecklistItem c && person.equals(c.assignee())) {
            return new ChecklistItem(c.id(), c.text(), c.due(), null, c.done(), c.linkedItem());
        }
        return item;
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
