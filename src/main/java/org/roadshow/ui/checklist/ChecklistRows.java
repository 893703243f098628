package org.roadshow.ui.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Item;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.ui.sidebar.SidebarLabels;

/**
 * The rows of the Checklist tab for one trip: a list for the trip itself, then one for each item that has
 * checklist items (a talk, a booth, a demo, a travel leg...), in the trip's order, each item in stored order.
 * Lists the user has just started ({@code started}) show even while empty. No JavaFX: tested as plain code.
 */
final class ChecklistRows {
    static final String TRIP_LIST = "The trip";

    /** The rows, and the counts the toolbar shows: done and total over the whole trip, items shown. */
    record Result(List<ChecklistRow> rows, int done, int total, int shown) {
    }

    private ChecklistRows() {
    }

    static Result build(Project project, Trip trip, ChecklistFilter filter, LocalDate today, Collection<UUID> started) {
        Map<UUID, List<ChecklistItem>> byOwner = new LinkedHashMap<>();
        byOwner.put(null, new ArrayList<>());
        for (Item item : trip.items()) {
            if (!(item instanceof ChecklistItem)) {
                if (started.contains(item.id())) {
                    byOwner.put(item.id(), new ArrayList<>());
                }
            }
        }
        List<ChecklistItem> checklist = trip.items(ChecklistItem.class);
        for (ChecklistItem c : checklist) {
            UUID owner = c.linkedItem() != null && trip.item(c.linkedItem()).isPresent() ? c.linkedItem() : null;
            byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(c);
        }
        List<ChecklistRow> rows = new ArrayList<>(checklist.size() + 3 * byOwner.size());
        int done = 0;
        int shown = 0;
        for (Item item : ordered(trip, byOwner)) {
            UUID owner = item == null ? null : item.id();
            List<ChecklistItem> items = byOwner.get(owner);
            ChecklistRow.Group group = new ChecklistRow.Group(trip.id(), owner);
            int groupDone = 0;
            List<ChecklistRow> entries = new ArrayList<>(items.size());
            for (ChecklistItem c : items) {
                groupDone += c.done() ? 1 : 0;
                ChecklistRow.Entry e = entry(group, c, trip, project, today);
                if (filter.shows(e, today)) {
                    entries.add(e);
                }
            }
            done += groupDone;
            shown += entries.size();
            boolean addable = !filter.narrowsByDate();
            boolean keep = addable && (owner == null || started.contains(owner)); // where one adds
            if (entries.isEmpty() && filter.any() && !keep) {
                continue; // nothing of this list passes the filter
            }
            rows.add(new ChecklistRow.Header(group, item == null ? TRIP_LIST : SidebarLabels.label(item, project),
                    item == null ? trip.name() : item.kind().singular(), groupDone, items.size()));
            rows.addAll(entries);
            if (addable) {
                rows.add(new ChecklistRow.Add(group));
            }
        }
        return new Result(rows, done, checklist.size(), shown);
    }

    /** The owners as the sidebar lists them (by kind, then by time), the trip itself (null) first. */
    private static List<Item> ordered(Trip trip, Map<UUID, List<ChecklistItem>> byOwner) {
        List<Item> owners = new ArrayList<>();
        owners.add(null);
        List<Item> ofKind = new ArrayList<>();
        for (ItemKind kind : ItemKind.values()) {
            ofKind.clear();
            for (Item item : trip.items()) {
                if (item.kind() == kind && byOwner.containsKey(item.id())) {
                    ofKind.add(item);
                }
            }
            owners.addAll(SidebarLabels.sorted(ofKind));
        }
        return owners;
    }

    static ChecklistRow.Entry entry(ChecklistRow.Group group, ChecklistItem c, Trip trip, Project project, LocalDate today) {
        LocalDate due = DueDates.resolve(c, trip);
        boolean late = !c.done() && due != null && due.isBefore(today);
        String assignee = c.assignee() == null ? null : project.personName(c.assignee());
        return new ChecklistRow.Entry(group, c, due, DueDates.rule(c), late, assignee);
    }
}
