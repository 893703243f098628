package org.roadshow.ui.checklist;

import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One line of the Checklist tab's list, kept while what it shows changes in place: ticking an item gives its
 * line and its list's heading a new {@link ChecklistRow}, and only the two cells showing them redraw. The list
 * itself changes only when lines come or go, which is what makes a ListView lay out all its cells again.
 * A line always shows the same thing (the same item, or the same list's heading or field), so the list's
 * selection, which is by position, stays on the same items.
 */
final class ChecklistLine {
    private final ReadOnlyObjectWrapper<ChecklistRow> row;

    ChecklistLine(ChecklistRow row) {
        this.row = new ReadOnlyObjectWrapper<>(this, "row", Objects.requireNonNull(row));
    }

    ChecklistRow row() {
        return row.get();
    }

    ReadOnlyObjectProperty<ChecklistRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    /** Shows a newer version of the same row; false (and nothing changed) when {@code next} is another row. */
    boolean update(ChecklistRow next) {
        if (!sameThing(row.get(), next)) {
            return false;
        }
        row.set(next);
        return true;
    }

    /** Whether two rows show the same thing: the same kind of row, for the same item or list. */
    static boolean sameThing(ChecklistRow a, ChecklistRow b) {
        return a.getClass() == b.getClass() && a.group().equals(b.group()) && Objects.equals(itemId(a), itemId(b));
    }

    private static UUID itemId(ChecklistRow r) {
        return r instanceof ChecklistRow.Entry e ? e.item().id() : null;
    }

    @Override
    public String toString() {
        return "line " + row.get();
    }
}
