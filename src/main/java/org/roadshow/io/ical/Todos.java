package org.roadshow.io.ical;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Item;
import org.roadshow.model.Moment;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.AgendaKind;
import org.roadshow.plan.AgendaSelection;
import org.roadshow.plan.checklist.DueDates;
import org.roadshow.plan.checklist.ResolvedDue;

/**
 * The checklist items an export writes as to-dos: open items with a due date that the selection picks, and
 * items ticked since an earlier export to the same file wrote them (as COMPLETED, so the calendar app ticks
 * them too). A person's export has what is assigned to them and the unassigned items of their trips; a booth
 * roster has the items of that booth; a selection of items has those items and the items that belong to them.
 */
final class Todos {
    private Todos() {
    }

    static List<ExportedTodo> of(Project project, AgendaSelection selection, Set<String> exportedBefore) {
        List<ExportedTodo> out = new ArrayList<>();
        if (!selection.kinds().contains(AgendaKind.TODO)) {
            return out;
        }
        for (Trip trip : project.trips()) {
            if (!selection.trips().isEmpty() && !selection.trips().contains(trip.id())) {
                continue;
            }
            DueDates dues = DueDates.of(trip);
            for (ChecklistItem item : trip.items(ChecklistItem.class)) {
                if (item.due() == null || !picks(selection, trip, item)) {
                    continue;
                }
                String uid = ExportedEvent.uid(item.id(), AgendaKind.TODO);
                if (item.done() && !exportedBefore.contains(uid)) {
                    continue;
                }
                Optional<ResolvedDue> due = dues.resolve(item.due());
                if (due.isPresent()) {
                    out.add(todo(project, trip, item, uid, due.get()));
                }
            }
        }
        return out;
    }

    private static boolean picks(AgendaSelection selection, Trip trip, ChecklistItem item) {
        if (!selection.ids().isEmpty() && !selection.ids().contains(item.id())
                && (item.linkedItem() == null || !selection.ids().contains(item.linkedItem()))) {
            return false;
        }
        if (selection.booth() != null && !selection.booth().equals(item.linkedItem())) {
            return false;
        }
        UUID person = selection.person();
        return person == null || person.equals(item.assignee())
                || item.assignee() == null && trip.people().contains(person);
    }

    private static ExportedTodo todo(Project project, Trip trip, ChecklistItem item, String uid, ResolvedDue due) {
        Optional<Item> owner = item.linkedItem() == null ? Optional.empty() : trip.item(item.linkedItem());
        StringJoiner description = new StringJoiner("\n");
        description.add("For " + owner.map(o -> o.kind().singular().toLowerCase(java.util.Locale.ROOT) + " "
                + o.label()).orElse("the trip") + " (" + trip.name() + ")");
        description.add("Due " + due.sentence());
        if (item.assignee() != null) {
            description.add("Assigned to " + project.personName(item.assignee()));
        }
        // the wall-clock time asked for; where a clock change skips or repeats it the export writes UTC
        Moment at = due.allDay() ? null : new Moment(due.date().atTime(due.time()), due.zone());
        return new ExportedTodo(uid, item.text(), description.toString(), due.date(), at, item.done());
    }
}
