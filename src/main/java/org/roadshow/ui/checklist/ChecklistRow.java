package org.roadshow.ui.checklist;

import java.time.LocalDate;
import java.util.UUID;
import org.roadshow.model.ChecklistItem;

/** One line of the Checklist tab: a list's heading, one of its items, or the field that adds to it. */
sealed interface ChecklistRow {
    /** A list: the items of the trip that belong to {@code owner} (null: to the trip itself). */
    record Group(UUID tripId, UUID owner) {
    }

    Group group();

    /** A list's heading: what it belongs to and how much of it is done (among all its items, not only those shown). */
    record Header(Group group, String title, String kind, int done, int total) implements ChecklistRow {
    }

    /** An item, with its due date resolved ({@code null}: none) and in words, and whether it is late now. */
    record Entry(Group group, ChecklistItem item, LocalDate due, String dueSentence, boolean late, String assignee)
            implements ChecklistRow {
    }

    /** The field at the end of a list: type and press Enter to add an item to it. */
    record Add(Group group) implements ChecklistRow {
    }
}
