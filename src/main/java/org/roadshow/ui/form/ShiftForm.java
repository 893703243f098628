package org.roadshow.ui.form;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.roadshow.model.Booth;
import org.roadshow.model.Moment;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Trip;
import org.roadshow.ui.document.Document;

/** A stretch of booth duty: which booth, which day, from when to when, who is on it and who was put there by hand. */
public final class ShiftForm extends ItemForm<Shift> {
    private final ChoicePicker booth = field("Booth", new ChoicePicker());
    private final DatePicker date = field("Date", Pickers.datePicker());
    private final TextField startTime = Pickers.timeField();
    private final TextField endTime = Pickers.timeField();
    private final HBox times = field("From – to", new HBox(6, startTime, new Label("–"), endTime));
    private final Label zoneHint = hint("");
    private final PeoplePicker people = field("People", new PeoplePicker());
    private final PeoplePicker pinned = field("Pinned", new PeoplePicker(),
            "Kept when the roster is auto-filled. People you add here are pinned.");

    public ShiftForm(Document document) {
        super("Booth duty", document);
        watch(startTime, endTime);
        times.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        booth.valueProperty().addListener(o -> showZone());
        check(date, "Date", () -> date.getValue() == null ? "enter a date like 2017-02-04" : null);
        check(startTime, "Start", () -> problem(startTime));
        check(endTime, "End", () -> {
            String p = problem(endTime);
            if (p != null) {
                return p;
            }
            LocalTime s = Pickers.time(startTime);
            return s != null && !Pickers.time(endTime).isAfter(s) ? "must be after the start" : null;
        });
    }

    private static String problem(TextField field) {
        try {
            Fields.parseTime(field.getText());
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Override
    protected void fill(Shift s, Trip trip, Project project) {
        booth.setChoices(namedChoices(trip.items(Booth.class)), s.boothId());
        date.setValue(s.start().time().toLocalDate());
        startTime.setText(Fields.formatTime(s.start().time().toLocalTime()));
        endTime.setText(Fields.formatTime(s.end().time().toLocalTime()));
        people.setPeople(project.people(), s.people(), trip.people());
        pinned.setPeople(project.people(), s.pinned(), trip.people());
        showZone();
    }

    private void showZone() {
        if (original() != null) {
            zoneHint.setText((booth.selectedId() == null ? "Times are in " : "Times are in the booth's time zone, ")
                    + zone() + ".");
        }
    }

    /** The booth's zone; the shift's own zone when it has no booth. */
    private ZoneId zone() {
        ZoneId own = original().start().zone();
        UUID boothId = booth.selectedId();
        return boothId == null ? own
                : trip().item(boothId).filter(Booth.class::isInstance).map(b -> ((Booth) b).zone()).orElse(own);
    }

    @Override
    protected Shift build() {
        ZoneId zone = zone();
        return original().withBoothId(booth.selectedId())
                .withStart(new Moment(date.getValue().atTime(Pickers.time(startTime)), zone))
                .withEnd(new Moment(date.getValue().atTime(Pickers.time(endTime)), zone))
                .withPeople(people.selected()).withPinned(pins());
    }

    /** The pins ticked, and everyone added to the shift here: a hand assignment. */
    private List<UUID> pins() {
        List<UUID> on = people.selected();
        List<UUID> pins = new ArrayList<>(pinned.selected().stream().filter(on::contains).toList());
        for (UUID p : on) {
            if (!original().people().contains(p) && !pins.contains(p)) {
                pins.add(p);
            }
        }
        return pins;
    }

    public TextField startTimeField() {
        return startTime;
    }

    public TextField endTimeField() {
        return endTime;
    }
}
