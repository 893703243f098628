package org.roadshow.plan.checklist;

import java.util.Optional;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Item;
import org.roadshow.model.Trip;

/**
 * One checklist item as the Checklist tab and {@code roadshow checklist} show it: its trip, what it belongs to
 * ({@code owner}: a booth, a talk, ...; empty for the trip itself), its resolved due date and whether it is late.
 */
public record ChecklistRow(Trip trip, ChecklistItem item, Optional<Item> owner, Optional<ResolvedDue> due,
                           boolean late) {
    /** What the item belongs to, in words: the owner's label, or the trip's name. */
    public String ownerLabel() {
        return owner.map(o -> o.kind().singular() + ": " + (o.label().isBlank() ? "(no name)" : o.label()))
                .orElse("Trip: " + trip.name());
    }
}
