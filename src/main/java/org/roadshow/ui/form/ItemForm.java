package org.roadshow.ui.form;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.roadshow.edit.Edit;
import org.roadshow.edit.Edits;
import org.roadshow.model.Item;
import org.roadshow.model.Moment;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.ui.document.Document;

/** A form for one item of a trip; applying replaces the item where it stands in its trip. */
public abstract class ItemForm<T extends Item> extends Form<T> {
    protected ItemForm(String title, Document document) {
        super(title, document);
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
        check(zone, "Time zone", () -> zone.getValue() == null ? "required" : null);
    }

    protected static List<Choice> choices(List<? extends Item> items) {
        return items.stream().map(i -> new Choice(i.id(), i.kind().singular() + ": " + i.label())).toList();
    }

    protected static List<Choice> namedChoices(List<? extends Item> items) {
        return items.stream().map(i -> new Choice(i.id(), i.label())).toList();
    }
}
