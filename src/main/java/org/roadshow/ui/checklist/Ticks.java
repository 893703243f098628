package org.roadshow.ui.checklist;

import java.util.List;
import java.util.UUID;
import org.roadshow.edit.Edit;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Item;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;

/** Ticking and unticking checklist items as one edit. */
final class Ticks {
    private Ticks() {
    }

    static Edit setDone(UUID tripId, List<UUID> ids, boolean done) {
        String label = (done ? "Tick " : "Untick ") + (ids.size() == 1 ? "checklist item" : ids.size() + " checklist items");
        return Edit.of(label, (Project p) -> {
            Trip trip = p.trip(tripId).orElseThrow();
            List<Item> items = trip.items().stream()
                    .map(i -> i instanceof ChecklistItem c && ids.contains(c.id()) ? c.withDone(done) : i).toList();
            return p.withTrip(trip.withItems(items));
        });
    }
}
