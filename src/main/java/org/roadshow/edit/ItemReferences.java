package org.roadshow.edit;

import java.util.Objects;
import java.util.UUID;
import org.roadshow.model.Booth;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Demo;
import org.roadshow.model.Due;
import org.roadshow.model.Item;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.Trip;
import org.roadshow.plan.checklist.DueDates;

/**
 * What deleting an item does to the items that point at it: a booth's shifts go with it (duty at a booth
 * that no longer exists means nothing), and links from other items are cleared, so no id dangles. A checklist
 * due counted before the deleted item keeps the date it had, as a fixed date.
 */
final class ItemReferences {
    private ItemReferences() {
    }

    static Trip remove(Trip trip, UUID removed) {
        DueDates dues = DueDates.of(trip);
        return trip.withItems(trip.items().stream()
                .filter(i -> !i.id().equals(removed))
                .filter(i -> !(i instanceof Shift s && removed.equals(s.boothId())))
                .map(i -> unlink(i, removed, dues))
                .toList());
    }

    /** How many other items go with the removed one (a booth's shifts). */
    static long dependents(Trip trip, UUID removed) {
        return trip.items(Shift.class).stream().filter(s -> removed.equals(s.boothId())).count();
    }

    private static Item unlink(Item item, UUID removed, DueDates dues) {
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
                if (c.due() instanceof Due.BeforeItem before && before.item().equals(removed)) {
                    c = c.withDue(dues.resolve(before).map(r -> (Due) new Due.On(r.date())).orElse(null));
                }
                yield Objects.equals(c.linkedItem(), removed) ? c.withLinkedItem(null) : c;
            }
        };
    }
}
