package org.roadshow.plan.checklist;

import java.util.UUID;

/**
 * Which checklist items to show: of one trip or all ({@code trip} null), one person's ("mine": {@code person},
 * null for everyone's), only open ones, only late ones, only those due this week. The flags combine.
 */
public record ChecklistFilter(UUID trip, UUID person, boolean openOnly, boolean lateOnly, boolean thisWeekOnly) {
    public static final ChecklistFilter ALL = new ChecklistFilter(null, null, false, false, false);

    public ChecklistFilter withTrip(UUID trip) {
        return new ChecklistFilter(trip, person, openOnly, lateOnly, thisWeekOnly);
    }

    public ChecklistFilter withPerson(UUID person) {
        return new ChecklistFilter(trip, person, openOnly, lateOnly, thisWeekOnly);
    }

    public ChecklistFilter withOpenOnly(boolean openOnly) {
        return new ChecklistFilter(trip, person, openOnly, lateOnly, thisWeekOnly);
    }

    public ChecklistFilter withLateOnly(boolean lateOnly) {
        return new ChecklistFilter(trip, person, openOnly, lateOnly, thisWeekOnly);
    }

    public ChecklistFilter withThisWeekOnly(boolean thisWeekOnly) {
        return new ChecklistFilter(trip, person, openOnly, lateOnly, thisWeekOnly);
    }
}
