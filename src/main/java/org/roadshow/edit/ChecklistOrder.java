package org.roadshow.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Item;
import org.roadshow.model.Trip;

/**
 * Where a trip's checklist items stand: they are listed in the order they are stored, so moving one is
 * moving it in the trip's item list (among the checklist items, which the trip keeps together).
 */
public final class ChecklistOrder {
    private ChecklistOrder() {
    }

    /**
     * Moves the item just before {@code before} (null: after the last checklist item) and makes it belong to
     * {@code linkedItem} (null: the trip itself), so that a drop onto another list moves it there. One edit.
     */
    public static Edit move(UUID tripId, UUID itemId, UUID before, UUID linkedItem) {
        return Edit.of("Move checklist item", p -> {
            Trip trip = Edits.trip(p, tripId);
            Item moving = trip.item(itemId).orElse(null);
            if (!(moving instanceof ChecklistItem c) || itemId.equals(before)) {
                return p;
            }
            List<Item> items = new ArrayList<>(trip.items());
            items.remove(moving);
            int at = items.size();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).id().equals(before)) {
                    at = i;
                    break;
                }
            }
            items.add(at, c.withLinkedItem(linkedItem));
            return p.withTrip(trip.withItems(items));
        });
    }
}
