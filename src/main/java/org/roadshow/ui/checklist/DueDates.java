package org.roadshow.ui.checklist;

import java.time.LocalDate;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Due;
import org.roadshow.model.Trip;

/** When an item is due, resolved against its trip, and the rule it was given in words. */
final class DueDates {
    private DueDates() {
    }

    static LocalDate resolve(ChecklistItem c, Trip trip) {
        return c.due() == null ? null : c.due().resolve(trip.firstDay().orElse(null));
    }

    static String rule(ChecklistItem c) {
        if (c.due() instanceof Due.BeforeTrip b) {
            return b.days() == 0 ? "on the trip's first day"
                    : b.days() + (b.days() == 1 ? " day" : " days") + " before the trip";
        }
        return c.due() == null ? "" : "on a date";
    }
}
