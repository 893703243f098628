package org.roadshow.ui.checklist;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which items the Checklist tab shows: one person's ({@code person}, null: everyone's), only open ones, only
 * late ones (open and due before today), only those due this week (open, due today or in the next six days).
 */
record ChecklistFilter(UUID person, boolean open, boolean late, boolean thisWeek) {
    static final ChecklistFilter ALL = new ChecklistFilter(null, false, false, false);

    boolean narrowsByDate() {
        return late || thisWeek;
    }

    boolean any() {
        return person != null || open || late || thisWeek;
    }

    boolean shows(ChecklistRow.Entry e, LocalDate today) {
        if (person != null && !person.equals(e.item().assignee())) {
            return false;
        }
        if ((open || late || thisWeek) && e.item().done()) {
            return false;
        }
        if (late && !e.late()) {
            return false;
        }
        return !thisWeek || e.due() != null && !e.due().isBefore(today) && e.due().isBefore(today.plusDays(7));
    }
}
