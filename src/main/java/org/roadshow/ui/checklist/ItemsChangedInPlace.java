package org.roadshow.ui.checklist;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Item;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.checklist.ChecklistFilter;
import org.roadshow.plan.checklist.ChecklistQuery;

/**
 * Shows an edit that only changed some checklist items of the trip in place (a tick, a new text, a due date)
 * in the lines that already show them: the items' rows and their lists' headings get new rows and the counts
 * move by the difference, without building the trip's rows again. So the cost of a tick does not grow with
 * the length of the list. Anything else (an item added, removed, moved to another list or in or out of the
 * filter; another owner, person or trip name) is left to the full rebuild.
 */
final class ItemsChangedInPlace {
    /** The lines of the items and of the lists' headings by id, made once after each full rebuild. */
    private final Map<UUID, ChecklistLine> entries = new HashMap<>();
    private final Map<ChecklistRow.Group, ChecklistLine> headers = new HashMap<>();

    ItemsChangedInPlace(List<ChecklistLine> lines) {
        for (ChecklistLine line : lines) {
            if (line.row() instanceof ChecklistRow.Entry e) {
                entries.put(e.item().id(), line);
            } else if (line.row() instanceof ChecklistRow.Header) {
                headers.put(line.row().group(), line);
            }
        }
    }

    /**
     * Shows {@code now}'s version of the trip in place, where {@code was} was shown with the same filter; returns
     * the new counts, or null (and nothing changed) when the edit is not one of items changed in place.
     */
    ChecklistRows.Result show(Project was, Project now, UUID tripId, ChecklistFilter filter, Instant at, ZoneId here,
                              ChecklistRows.Result counts) {
        if (was.people() != now.people()) {
            return null; // an assignee's name may differ
        }
        Trip before = was.trip(tripId).orElse(null);
        Trip after = now.trip(tripId).orElse(null);
        if (before == null || after == null || !before.name().equals(after.name())
                || before.items().size() != after.items().size()) {
            return null;
        }
        List<ChecklistItem[]> changed = new ArrayList<>();
        for (int i = 0; i < before.items().size(); i++) {
            Item a = before.items().get(i);
            Item b = after.items().get(i);
            if (a == b) {
                continue;
            }
            if (!(a instanceof ChecklistItem old) || !(b instanceof ChecklistItem next) || !old.id().equals(next.id())
                    || !Objects.equals(old.linkedItem(), next.linkedItem())) {
                return null; // anything but a checklist item changed in its list: owners, order, lists
            }
            changed.add(new ChecklistItem[] {old, next});
        }
        List<Runnable> updates = new ArrayList<>();
        Map<ChecklistRow.Group, Integer> doneDelta = new HashMap<>();
        int done = 0;
        for (ChecklistItem[] pair : changed) {
            org.roadshow.plan.checklist.ChecklistRow row = ChecklistQuery.row(after, pair[1], at, here);
            ChecklistLine line = entries.get(pair[1].id());
            if (ChecklistQuery.passes(row, filter, at, here) != (line != null)) {
                return null; // it comes into or goes out of view
            }
            int delta = (pair[1].done() ? 1 : 0) - (pair[0].done() ? 1 : 0);
            ChecklistRow.Group group = new ChecklistRow.Group(tripId, row.owner().map(Item::id).orElse(null));
            doneDelta.merge(group, delta, Integer::sum);
            done += delta;
            if (line != null) {
                ChecklistRow.Entry entry = ChecklistRows.entry(group, row, now);
                updates.add(() -> line.update(entry));
            }
        }
        doneDelta.forEach((group, delta) -> {
            ChecklistLine line = headers.get(group);
            if (delta != 0 && line != null && line.row() instanceof ChecklistRow.Header h) {
                updates.add(() -> line.update(new ChecklistRow.Header(group, h.title(), h.kind(), h.done() + delta,
                        h.total())));
            }
        });
        updates.forEach(Runnable::run);
        return new ChecklistRows.Result(counts.rows(), counts.done() + done, counts.total(), counts.shown());
    }
}
