package org.roadshow.ui.form;

import java.time.LocalTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.FlowPane;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Due;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.checklist.DueDates;
import org.roadshow.ui.document.Document;

/**
 * Something to bring or do: text, when it is due, who does it, whether it is done, what it is for. A due date
 * is a date, or a number of days before or after the trip starts or an item of the trip (at an optional time
 * of day): "1 day [before] “Live migration” at 18:00", "2 days [after] the trip starts". Under it the form says
 * which day that resolves to, e.g. "Due 14 days before the trip: Sun 17 Jan 2027".
 */
public final class ChecklistForm extends ItemForm<ChecklistItem> {
    static final String NO_DUE = "No due date";
    static final String ON_DATE = "On a date";
    static final String FROM_TRIP = "Days before or after the trip";
    static final String FROM_ITEM = "Days before or after an item";
    static final String BEFORE = "before";
    static final String AFTER = "after";

    private final TextField text = field("Text", new TextField());
    private final ComboBox<String> dueKind = new ComboBox<>();
    private final DatePicker dueDate = Pickers.datePicker();
    private final Spinner<Integer> dueDays = new Spinner<>(0, 999, 7);
    private final Label daysLabel = new Label("days");
    private final ComboBox<String> direction = new ComboBox<>();
    private final Label tripLabel = new Label("the trip starts");
    private final ChoicePicker anchor = new ChoicePicker();
    private final Label atLabel = new Label("at");
    private final TextField atTime = Pickers.timeField();
    private final Label resolved;
    private final ChoicePicker assignee;
    private final CheckBox done;
    private final ChoicePicker linked;

    public ChecklistForm(Document document) {
        super("Checklist item", document);
        dueKind.getItems().setAll(NO_DUE, ON_DATE, FROM_TRIP, FROM_ITEM);
        dueKind.setId("due-kind");
        dueDays.setEditable(true);
        dueDays.setPrefWidth(80);
        dueDays.setId("due-days");
        // whole days only: a minus sign or a letter cannot be typed (before or after is the choice beside it)
        dueDays.getEditor().setTextFormatter(new TextFormatter<>(c -> c.getControlNewText().matches("\\d{0,3}") ? c : null));
        dueDays.getEditor().textProperty().addListener((o, was, now) -> takeTypedDays(now));
        dueDays.getEditor().focusedProperty().addListener((o, was, now) -> {
            if (!now && (dueDays.getEditor().getText().isEmpty() || dueDays.getValue() == null)) {
                dueDays.getValueFactory().setValue(0); // a field left empty is 0 days, and says so
                dueDays.getEditor().setText("0");
            }
        });
        direction.getItems().setAll(BEFORE, AFTER);
        direction.setValue(BEFORE);
        direction.setId("due-direction");
        anchor.setId("due-anchor");
        atTime.setId("due-at");
        atTime.setPromptText("any time");
        FlowPane due = new FlowPane(8, 6, dueKind, dueDate, dueDays, daysLabel, direction, tripLabel, anchor, atLabel, atTime);
        due.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (Node n : due.getChildren()) {
            if (n instanceof Label l) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        field("Due", due);
        resolved = hint("");
        resolved.setId("due-resolved");
        assignee = field("Assignee", new ChoicePicker());
        done = field("Status", new CheckBox("Done"));
        linked = field("For", new ChoicePicker());
        watch(dueKind, dueDate, dueDays, direction, anchor, atTime);
        dueKind.valueProperty().addListener((o, a, b) -> showDueFields());
        dueDays.valueProperty().addListener((o, a, b) -> daysLabel.setText(b != null && b == 1 ? "day" : "days"));
        for (javafx.beans.Observable o : List.of(dueKind.valueProperty(), dueDate.valueProperty(),
                dueDays.valueProperty(), direction.valueProperty(), anchor.valueProperty(), atTime.textProperty())) {
            o.addListener(x -> describeDue());
        }
        required(text, "Text");
        check(dueDate, "Due date", () -> ON_DATE.equals(dueKind.getValue()) && dueDate.getValue() == null
                ? "enter a date like 2017-01-28" : null);
        check(anchor, "Due before or after", () -> FROM_ITEM.equals(dueKind.getValue()) && anchor.selectedId() == null
                ? "choose the item it is due before or after" : null);
        check(atTime, "Due at", () -> FROM_ITEM.equals(dueKind.getValue()) && !atTime.getText().isBlank()
                && Pickers.time(atTime) == null ? "a time looks like 18:00, or leave it empty for any time" : null);
    }

    /**
     * Takes the number as it is typed, so the date it resolves to shows at once and Apply takes it: a spinner by
     * itself takes typed text only on Enter or when it loses the keyboard.
     */
    private void takeTypedDays(String typed) {
        if (typed == null || typed.isEmpty()) {
            return;
        }
        int days = Integer.parseInt(typed);
        if (dueDays.getValue() == null || dueDays.getValue() != days) {
            dueDays.getValueFactory().setValue(days);
        }
    }

    private void showDueFields() {
        String kind = dueKind.getValue();
        boolean onDate = ON_DATE.equals(kind);
        boolean fromTrip = FROM_TRIP.equals(kind);
        boolean fromItem = FROM_ITEM.equals(kind);
        show(onDate, dueDate);
        show(fromTrip || fromItem, dueDays, daysLabel, direction);
        show(fromTrip, tripLabel);
        show(fromItem, anchor, atLabel, atTime);
        describeDue();
    }

    private static void show(boolean visible, Node... nodes) {
        for (Node node : nodes) {
            node.setVisible(visible);
            node.setManaged(visible);
        }
    }

    /** Says which day the due date as typed resolves to, in the trip as it is now. */
    private void describeDue() {
        Due due = dueOrNull();
        java.util.Optional<Trip> trip = due == null || original() == null || project() == null
                ? java.util.Optional.empty() : project().tripOf(original().id());
        resolved.setText(trip.map(t -> "Due " + DueDates.of(t).describe(due)).orElse(""));
        show(trip.isPresent(), resolved);
    }

    @Override
    protected void fill(ChecklistItem c, Trip trip, Project project) {
        text.setText(c.text());
        anchor.setChoices(choices(trip.items().stream().filter(i -> i.kind() != ItemKind.CHECKLIST).toList()),
                c.due() instanceof Due.BeforeItem before ? before.item() : c.linkedItem());
        atTime.setText("");
        if (c.due() instanceof Due.On on) {
            dueKind.setValue(ON_DATE);
            dueDate.setValue(on.date());
        } else if (c.due() instanceof Due.BeforeTrip before) {
            dueKind.setValue(FROM_TRIP);
            setDays(before.days());
        } else if (c.due() instanceof Due.BeforeItem before) {
            dueKind.setValue(FROM_ITEM);
            setDays(before.days());
            atTime.setText(Fields.formatTime(before.at()));
        } else {
            dueKind.setValue(NO_DUE);
            setDays(7); // what a relative due starts at when chosen
        }
        assignee.setChoices(project.people().stream().map(p -> new Choice(p.id(), p.name())).toList(), c.assignee());
        done.setSelected(c.done());
        linked.setChoices(choices(trip.items().stream().filter(i -> i.kind() != ItemKind.CHECKLIST).toList()),
                c.linkedItem());
        showDueFields();
    }

    /** Days before (positive) or after (negative) as the days field and the before/after choice. */
    private void setDays(int days) {
        direction.setValue(days < 0 ? AFTER : BEFORE);
        dueDays.getValueFactory().setValue(Math.abs(days));
    }

    /** The days before (positive) or after (negative) that the fields say. */
    private int days() {
        int n = dueDays.getValue() == null ? 0 : dueDays.getValue();
        return AFTER.equals(direction.getValue()) ? -n : n;
    }

    @Override
    protected ChecklistItem build() {
        return original().withText(text.getText().strip()).withDue(dueOrNull()).withAssignee(assignee.selectedId())
                .withDone(done.isSelected()).withLinkedItem(linked.selectedId());
    }

    /** The due date as the fields say it; null for none, or where the fields are not complete yet. */
    private Due dueOrNull() {
        return switch (dueKind.getValue() == null ? NO_DUE : dueKind.getValue()) {
            case ON_DATE -> dueDate.getValue() == null ? null : new Due.On(dueDate.getValue());
            case FROM_TRIP -> new Due.BeforeTrip(days());
            case FROM_ITEM -> {
                LocalTime at = atTime.getText().isBlank() ? null : Pickers.time(atTime);
                yield anchor.selectedId() == null ? null : new Due.BeforeItem(anchor.selectedId(), days(), at);
            }
            default -> null;
        };
    }

    ComboBox<String> dueKindField() {
        return dueKind;
    }
}
