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
        return switch (item.kind()) {
            case CONFERENCE, SHIFT, TRAVEL, MEETING -> item;
            case TALK -> {
                Talk t = (Talk) item;
                yield Objects.equals(t.conferenceId(), removed) ? t.withConferenceId(null) : t;
            }
            case BOOTH -> {
                Booth b = (Booth) item;
                yield Objects.equals(b.conferenceId(), removed) ? b.withConferenceId(null) : b;
            }
            case DEMO -> {
                Demo d = (Demo) item;
                yield Objects.equals(d.linkedItem(), removed) ? d.withLinkedItem(null) : d;
            }
            case CHECKLIST -> {
                ChecklistItem c = (ChecklistItem) item;
                yield Objects.equals(c.linkedItem(), removed) ? c.withLinkedItem(null) : c;
            }
        };
    }
}
