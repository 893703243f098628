package org.roadshow.edit;

import java.util.Objects;
import java.util.UUID;
import org.roadshow.model.Booth;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Demo;
import org.roadshow.model.Item;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.Trip;

/**
 * What deleting an item does to the items that point at it: a booth's shifts go with it (duty at a booth
 * that no longer exists means nothing), and links from other items are cleared, so no id dangles.
 */
final class ItemReferences {
    private ItemReferences() {
    }

    static Trip remove(Trip trip, UUID removed) {
        return trip.withItems(trip.items().stream()
                .filter(i -> !i.id().equals(removed))
                .filter(i -> !(i instanceof Shift s && removed.equals(s.boothId())))
                .map(i -> unlink(i, removed))
                .toList());
    }

    /** How many other items go with the removed one (a booth's shifts). */
    static long dependents(Trip trip, UUID removed) {
        return trip.items(Shift.class).stream().filter(s -> removed.equals(s.boothId())).count();
    }

    private static Item unlink(Item item, UUID removed) {
        if (item instanceof Talk t && Objects.equals(t.conferenceId(), removed)) {
            return new Talk(t.id(), null, t.title(), t.speakers(), t.otherSpeakers(), t.room(), t.start(), t.end(),
                    t.abstractText(), t.sessionId());
        } else if (item instanceof Booth b && Objects.equals(b.conferenceId(), removed)) {
            return new Booth(b.id(), null, b.name(), b.location(), b.partners(), b.zone(), b.hours(), b.minStaff(),
                    b.maxStaff());
        } else if (item instanceof Demo d && Objects.equals(d.linkedItem(), removed)) {
            return new Demo(d.id(), d.what(), d.where(), d.start(), d.end(), d.equipment(), d.backupPlan(), null,
                    d.people());
        } else if (item instanceof ChecklistItem c && Objects.equals(c.linkedItem(), removed)) {
            return new ChecklistItem(c.id(), c.text(), c.due(), c.assignee(), c.done(), null);
        }
        return item;
    }
}
