package org.roadshow.ui.form;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import org.roadshow.edit.Edit;
import org.roadshow.edit.Edits;
import org.roadshow.model.Item;
import org.roadshow.model.Moment;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.ui.document.Document;

/** A form for one item of a trip; applying replaces the item where it stands in its trip. */
public abstract class ItemForm<T extends Item> extends Form<T> {
    private final ItemConflicts conflicts = new ItemConflicts();
    /** Held by the form; the document holds it only weakly, so that forms no longer shown can go. */
    private final InvalidationListener projectChanged = o -> showConflicts(document().project());

    protected ItemForm(String title, Document document) {
        super(title, document);
        getChildren().add(getChildren().size() - 1, conflicts); // under the fields, above the buttons
        document.projectProperty().addListener(new WeakInvalidationListener(projectChanged));
    }

    /** The item's conflicts in the project as it is (they never block Apply). */
    private void showConflicts(Project project) {
        T item = original();
        conflicts.show(project, item == null || project.tripOf(item.id()).isEmpty() ? null : item.id());
    }

    public final ItemConflicts conflicts() {
        return conflicts;
    }

    protected final UUID tripId() {
        return trip().id();
    }

    protected final Trip trip() {
        return project().tripOf(original().id())
                .orElseThrow(() -> new IllegalStateException("the item is in no trip"));
    }

    @Override
    protected final void fill(T value, Project project) {
        Trip trip = project.tripOf(value.id()).orElseThrow(() -> new IllegalArgumentException("item in no trip"));
        fill(value, trip, project);
        Map<LocalDate, String> days = Pickers.conferenceDays(trip);
        for (Node n : lookupAll(".date-picker")) {
            Pickers.markDays((DatePicker) n, days);
        }
        conflicts.show(project, value.id());
    }

    protected abstract void fill(T value, Trip trip, Project project);

    @Override
    protected Edit edit(T value) {
        return Edits.putItem(tripId(), value);
    }

    /** A check that end comes after start, comparing instants, since the two may be in different zones. */
    protected final void endAfterStart(DateTimeField end, DateTimeField start, ZonePicker startZone,
                                       ZonePicker endZone) {
        check(end, "End", () -> {
            LocalDateTime s = start.value();
            LocalDateTime e = end.value();
            ZoneId sz = startZone.getValue();
            ZoneId ez = endZone.getValue();
            if (e == null) {
                return end.problem();
            }
            if (s == null || sz == null || ez == null) {
                return null;
            }
            return new Moment(e, ez).instant().isAfter(new Moment(s, sz).instant()) ? null : "must be after the start";
        });
    }

    /** The standard date-time checks for a start and an end in one zone. */
    protected final void timeChecks(DateTimeField start, DateTimeField end, ZonePicker zone) {
        check(start, "Start", start::problem);
        endAfterStart(end, start, zone, zone);
        check(zone, "Time zone", zone::check);
    }

    protected static List<Choice> choices(List<? extends Item> items) {
        return items.stream().map(i -> new Choice(i.id(), i.kind().singular() + ": " + i.label())).toList();
    }

    protected static List<Choice> namedChoices(List<? extends Item> items) {
        return items.stream().map(i -> new Choice(i.id(), i.label())).toList();
    }
}
