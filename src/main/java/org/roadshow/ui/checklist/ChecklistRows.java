package org.roadshow.ui.checklist;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Item;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.checklist.ChecklistFilter;
import org.roadshow.plan.checklist.ChecklistQuery;
import org.roadshow.plan.checklist.ResolvedDue;
import org.roadshow.ui.sidebar.SidebarLabels;

/**
 * The rows of the Checklist tab for one trip: a list for the trip itself, then one for each item that has
 * checklist items (a talk, a booth, a demo, a travel leg...), in the trip's order, each item in stored order.
 * Lists the user has just started ({@code started}) show even while empty. Which items show and when they are
 * due come from plan's {@link ChecklistQuery}; this only lays them out.
 */
final class ChecklistRows {
    static final String TRIP_LIST = "The trip";

    /** The rows, and the counts the toolbar shows: done and total over the whole trip, items shown. */
    record Result(List<ChecklistRow> rows, int done, int total, int shown) {
    }

    private ChecklistRows() {
    }

    static Result build(Project project, Trip trip, ChecklistFilter filter, Instant now, ZoneId here,
                        Collection<UUID> started) {
        Map<UUID, List<ChecklistRow.Entry>> byOwner = new LinkedHashMap<>();
        byOwner.put(null, new ArrayList<>());
        for (Item item : trip.items()) {
            if (!(item instanceof ChecklistItem) && started.contains(item.id())) {
                byOwner.put(item.id(), new ArrayList<>());
            }
        }
        // one query for the whole trip; the filter is applied to its rows, not by querying again
        Set<UUID> shownIds = new HashSet<>();
        List<org.roadshow.plan.checklist.ChecklistRow> all = ChecklistQuery.rows(project,
                ChecklistFilter.ALL.withTrip(trip.id()), now, here);
        for (org.roadshow.plan.checklist.ChecklistRow r : all) {
            if (ChecklistQuery.passes(r, filter, now, here)) {
                shownIds.add(r.item().id());
            }
            UUID owner = r.owner().map(Item::id).orElse(null);
            ChecklistRow.Group group = new ChecklistRow.Group(trip.id(), owner);
            byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(entry(group, r, project));
        }
        boolean filtered = filter.person() != null || filter.openOnly() || filter.lateOnly() || filter.thisWeekOnly();
        boolean addable = !filter.lateOnly() && !filter.thisWeekOnly(); // an item added there would not show
        List<ChecklistRow> rows = new ArrayList<>(all.size() + 3 * byOwner.size());
        int done = 0;
        for (Item item : ordered(trip, byOwner)) {
            UUID owner = item == null ? null : item.id();
            List<ChecklistRow.Entry> items = byOwner.get(owner);
            int groupDone = 0;
            List<ChecklistRow> entries = new ArrayList<>(items.size());
            for (ChecklistRow.Entry e : items) {
                groupDone += e.item().done() ? 1 : 0;
                if (shownIds.contains(e.item().id())) {
                    entries.add(e);
                }
            }
            done += groupDone;
            boolean keep = addable && (owner == null || started.contains(owner)); // where one adds
            if (entries.isEmpty() && filtered && !keep) {
                continue; // nothing of this list passes the filter
            }
            ChecklistRow.Group group = new ChecklistRow.Group(trip.id(), owner);
            rows.add(new ChecklistRow.Header(group, item == null ? TRIP_LIST : SidebarLabels.label(item, project),
                    item == null ? trip.name() : item.kind().singular(), groupDone, items.size()));
            rows.addAll(entries);
            if (addable) {
                rows.add(new ChecklistRow.Add(group));
            }
        }
        return new Result(rows, done, all.size(), shownIds.size());
    }

    /** The owners as the sidebar lists them (by kind, then by time), the trip itself (null) first. */
    private static List<Item> ordered(Trip trip, Map<UUID, ?> byOwner) {
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

    static ChecklistRow.Entry entry(ChecklistRow.Group group, org.roadshow.plan.checklist.ChecklistRow r,
                                            Project project) {
        ChecklistItem c = r.item();
        String assignee = c.assignee() == null ? null : project.personName(c.assignee());
        return new ChecklistRow.Entry(group, c, r.due().map(ResolvedDue::date).orElse(null),
                r.due().map(ResolvedDue::sentence).orElse(""), r.late(), assignee);
    }
}
