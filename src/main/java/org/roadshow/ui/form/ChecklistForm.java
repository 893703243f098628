package org.roadshow.ui.form;

import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Due;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.ui.document.Document;

/** Something to bring or do: text, when it is due, who does it, whether it is done, what it is for. */
public final class ChecklistForm extends ItemForm<ChecklistItem> {
    static final String NO_DUE = "No due date";
    static final String ON_DATE = "On a date";
    static final String BEFORE_TRIP = "Before the trip";

    private final TextField text = field("Text", new TextField());
    private final ComboBox<String> dueKind = new ComboBox<>();
    private final DatePicker dueDate = Pickers.datePicker();
    private final Spinner<Integer> dueDays = new Spinner<>(0, 365, 7);
    private final Label daysLabel = new Label("days before the trip starts");
    private final ChoicePicker assignee;
    private final CheckBox done;
    private final ChoicePicker linked;

    public ChecklistForm(Document document) {
        super("Checklist item", document);
        dueKind.getItems().setAll(NO_DUE, ON_DATE, BEFORE_TRIP);
        dueDays.setEditable(true);
        dueDays.setPrefWidth(80);
        field("Due", new HBox(8, dueKind, dueDate, dueDays, daysLabel));
        assignee = field("Assignee", new ChoicePicker());
        done = field("Status", new CheckBox("Done"));
        linked = field("For", new ChoicePicker());
        watch(dueKind, dueDate, dueDays);
        dueKind.valueProperty().addListener((o, a, b) -> showDueFields());
        required(text, "Text");
        check(dueDate, "Due date", () -> ON_DATE.equals(dueKind.getValue()) && dueDate.getValue() == null
                ? "enter a date like 2017-01-28" : null);
    }

    private void showDueFields() {
        boolean onDate = ON_DATE.equals(dueKind.getValue());
        boolean before = BEFORE_TRIP.equals(dueKind.getValue());
        dueDate.setVisible(onDate);
        dueDate.setManaged(onDate);
        for (var node : List.of(dueDays, daysLabel)) {
            node.setVisible(before);
            node.setManaged(before);
        }
    }

    @Override
    protected void fill(ChecklistItem c, Trip trip, Project project) {
        text.setText(c.text());
        if (c.due() instanceof Due.On on) {
            dueKind.setValue(ON_DATE);
            dueDate.setValue(on.date());
        } else if (c.due() instanceof Due.BeforeTrip before) {
            dueKind.setValue(BEFORE_TRIP);
            dueDays.getValueFactory().setValue(before.days());
        } else {
            dueKind.setValue(NO_DUE);
        }
        showDueFields();
        assignee.setChoices(project.people().stream().map(p -> new Choice(p.id(), p.name())).toList(), c.assignee());
        done.setSelected(c.done());
        linked.setChoices(choices(trip.items().stream().filter(i -> i.kind() != ItemKind.CHECKLIST).toList()),
                c.linkedItem());
    }

    @Override
    protected ChecklistItem build() {
        Due due = switch (dueKind.getValue() == null ? NO_DUE : dueKind.getValue()) {
            case ON_DATE -> new Due.On(dueDate.getValue());
            case BEFORE_TRIP -> new Due.BeforeTrip(dueDays.getValue());
            default -> null;
        };
        return original().withText(text.getText().strip()).withDue(due).withAssignee(assignee.selectedId())
                .withDone(done.isSelected()).withLinkedItem(linked.selectedId());
    }

    ComboBox<String> dueKindField() {
        return dueKind;
    }
}
