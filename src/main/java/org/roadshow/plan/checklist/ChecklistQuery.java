package org.roadshow.plan.checklist;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Item;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;

/**
 * The checklist items a filter selects, in list order, with their due dates worked out at {@code now} where
 * the user is ({@code here}): late is open and past due; this week is due from Monday to Sunday of the
 * current week (so a late item from Monday still counts).
 */
public final class ChecklistQuery {
    private ChecklistQuery() {
    }

    /** A group of rows that belong to the same thing, with its progress. */
    public record Group(Trip trip, Optional<Item> owner, List<ChecklistRow> rows) {
        public int done() {
            return (int) rows.stream().filter(r -> r.item().done()).count();
        }

        public int total() {
            return rows.size();
        }

        public String label() {
            return rows.isEmpty() ? "" : rows.get(0).ownerLabel();
        }
    }

    public static List<ChecklistRow> rows(Project project, ChecklistFilter filter, Instant now, ZoneId here) {
        Week week = Week.of(now, here);
        List<ChecklistRow> out = new ArrayList<>();
        for (Trip trip : project.trips()) {
            if (filter.trip() != null && !filter.trip().equals(trip.id())) {
                continue;
            }
            DueDates dues = DueDates.of(trip); // also finds owners by id, so a long list is not searched per item
            for (ChecklistItem item : trip.items(ChecklistItem.class)) {
                if (filter.person() != null && !filter.person().equals(item.assignee())
                        || filter.openOnly() && item.done()) {
                    continue;
                }
                Optional<ResolvedDue> due = item.due() == null ? Optional.empty() : dues.resolve(item.due());
                boolean late = !item.done() && due.isPresent() && due.get().isLate(now, here);
                Optional<Item> owner = item.linkedItem() == null ? Optional.empty() : dues.item(item.linkedItem());
                ChecklistRow row = new ChecklistRow(trip, item, owner, due, late);
                if (passes(row, filter, week)) {
                    out.add(row);
                }
            }
        }
        return out;
    }

    /**
     * The row of one item of {@code trip}, as {@link #rows} makes it: for a view that shows a change to a few
     * items without querying the whole trip again.
     */
    public static ChecklistRow row(Trip trip, ChecklistItem item, Instant now, ZoneId here) {
        Optional<ResolvedDue> due = item.due() == null ? Optional.empty() : DueDates.of(trip).resolve(item.due());
        boolean late = !item.done() && due.isPresent() && due.get().isLate(now, here);
        Optional<Item> owner = item.linkedItem() == null ? Optional.empty() : trip.item(item.linkedItem());
        return new ChecklistRow(trip, item, owner, due, late);
    }

    /**
     * Whether a row (as {@link #rows} makes it with no filter) passes the filter: its person, open, late and
     * this-week flags (not its trip). Lets a caller that needs all rows and the filtered ones query once.
     */
    public static boolean passes(ChecklistRow row, ChecklistFilter filter, Instant now, ZoneId here) {
        return passes(row, filter, Week.of(now, here));
    }

    private static boolean passes(ChecklistRow row, ChecklistFilter filter, Week week) {
        ChecklistItem item = row.item();
        if (filter.person() != null && !filter.person().equals(item.assignee())
                || filter.openOnly() && item.done()
                || filter.lateOnly() && !row.late()) {
            return false;
        }
        return !filter.thisWeekOnly() || row.due().isPresent() && !row.due().get().date().isBefore(week.monday())
                && row.due().get().date().isBefore(week.monday().plusWeeks(1));
    }

    /** The current week, Monday first, where the user is. */
    private record Week(LocalDate monday) {
        static Week of(Instant now, ZoneId here) {
            return new Week(LocalDate.ofInstant(now, here).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        }
    }

    /**
     * The rows grouped by trip and what they belong to: in each trip the trip's own list first, as the Checklist
     * tab shows it, then the other groups in order of their first row.
     */
    public static List<Group> groups(List<ChecklistRow> rows) {
        Map<List<UUID>, List<ChecklistRow>> byOwner = new LinkedHashMap<>();
        for (ChecklistRow row : rows) {
            List<UUID> key = new ArrayList<>(2);
            key.add(row.trip().id());
            key.add(row.owner().map(Item::id).orElse(null));
            byOwner.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        List<Group> groups = new ArrayList<>(byOwner.size());
        for (List<ChecklistRow> list : byOwner.values()) {
            Group group = new Group(list.get(0).trip(), list.get(0).owner(), List.copyOf(list));
            int at = groups.size();
            if (group.owner().isEmpty()) { // before the first group of the same trip
                while (at > 0 && groups.get(at - 1).trip().id().equals(group.trip().id())) {
                    at--;
                }
            }
            groups.add(at, group);
        }
        return groups;
    }
}
