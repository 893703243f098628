package org.roadshow.ui.roster;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.roadshow.edit.Edit;
import org.roadshow.edit.RosterEdits;
import org.roadshow.io.print.RosterText;
import org.roadshow.model.Availability;
import org.roadshow.model.Moment;
import org.roadshow.model.TimeWindow;
import org.roadshow.ui.form.Pickers;

/**
 * What the person picked in the team list said about their time on the trip: at most so many hours of booth
 * duty a day, and windows when they cannot do any (from–to, with a note). Times are in the booth's zone. Each
 * change is one Edit; Fill then plans around it.
 */
final class AvailabilityEditor {
    private final Consumer<Edit> apply;
    private final Label title = new Label("Availability");
    private final TextField maxHours = new TextField();
    private final VBox windows = new VBox(4);
    private final DatePicker day = Pickers.datePicker();
    private final TextField from = Pickers.timeField();
    private final TextField to = Pickers.timeField();
    private final TextField note = new TextField();
    private final Button add = new Button("Add");
    private final Label problem = new Label();
    private final VBox box;
    private RosterState state;
    private UUID person;

    AvailabilityEditor(Consumer<Edit> apply) {
        this.apply = apply;
        title.getStyleClass().add("roster-heading");
        maxHours.setId("availability-max");
        maxHours.setPromptText("no limit");
        maxHours.setPrefColumnCount(4);
        maxHours.setOnAction(e -> commitMax());
        maxHours.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitMax();
            }
        });
        HBox max = new HBox(6, new Label("At most"), maxHours, new Label("hours of duty a day"));
        max.setAlignment(Pos.CENTER_LEFT);
        windows.setId("availability-windows");
        day.setId("availability-day");
        day.setPrefWidth(120);
        from.setId("availability-from");
        to.setId("availability-to");
        from.setPromptText("from");
        to.setPromptText("until");
        note.setId("availability-note");
        note.setPromptText("why (dentist, interview)");
        HBox.setHgrow(note, Priority.ALWAYS);
        add.setId("availability-add");
        add.setOnAction(e -> addWindow());
        note.setOnAction(e -> addWindow());
        HBox when = new HBox(6, day, from, new Label("–"), to);
        when.setAlignment(Pos.CENTER_LEFT);
        HBox why = new HBox(6, note, add);
        why.setAlignment(Pos.CENTER_LEFT);
        problem.getStyleClass().add("roster-problem");
        problem.setWrapText(true);
        problem.setManaged(false);
        problem.setVisible(false);
        Label unavailable = new Label("Not available");
        unavailable.getStyleClass().add("roster-subheading");
        ScrollPane list = new ScrollPane(windows);
        list.setFitToWidth(true);
        list.getStyleClass().add("roster-totals-scroll");
        VBox.setVgrow(list, Priority.ALWAYS);
        box = new VBox(6, title, max, unavailable, list, when, why, problem);
        box.setId("roster-availability");
    }

    Node node() {
        return box;
    }

    /** Shows one person's availability, or asks to pick someone when there is nobody. */
    void show(RosterState state, UUID person, boolean readOnly) {
        boolean other = !Objects.equals(person, this.person);
        this.state = state;
        this.person = person;
        box.setDisable(state == null || person == null || readOnly);
        windows.getChildren().clear();
        if (state == null || person == null) {
            title.setText("Availability");
            maxHours.clear();
            return;
        }
        title.setText("Availability of " + state.project().personName(person));
        Availability a = state.trip().availabilityOf(person);
        if (!maxHours.isFocused() || other) {
            maxHours.setText(a.hasDailyLimit() ? hoursText(a.maxMinutesPerDay()) : "");
        }
        List<TimeWindow> list = a.unavailable();
        if (list.isEmpty()) {
            Label none = new Label("Free whenever their travel and plans allow.");
            none.getStyleClass().add("roster-note");
            windows.getChildren().add(none);
        }
        for (int i = 0; i < list.size(); i++) {
            windows.getChildren().add(row(a, i));
        }
        if (other) {
            day.setValue(state.days().isEmpty() ? null : state.days().get(0));
            from.clear();
            to.clear();
            note.clear();
            say(null);
        }
    }

    private HBox row(Availability a, int index) {
        TimeWindow w = a.unavailable().get(index);
        Label text = new Label(describe(w));
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button remove = new Button("Remove");
        remove.setId("availability-remove-" + index);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setOnAction(e -> {
            List<TimeWindow> rest = new ArrayList<>(a.unavailable());
            rest.remove(index);
            apply.accept(RosterEdits.setAvailability(state.trip().id(), a.withUnavailable(rest)));
        });
        Pane gap = new Pane();
        HBox row = new HBox(6, text, gap, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("availability-window");
        return row;
    }

    static String describe(TimeWindow w) {
        LocalDate startDay = w.start().time().toLocalDate();
        LocalDate endDay = w.end().time().toLocalDate();
        String until = (endDay.equals(startDay) ? "" : RosterText.shortDay(endDay) + " ")
                + RosterText.time(w.end().time().toLocalTime());
        String text = RosterText.shortDay(startDay) + " " + RosterText.time(w.start().time().toLocalTime()) + "–" + until;
        return w.note().isEmpty() ? text : text + " · " + w.note();
    }

    private void commitMax() {
        if (state == null || person == null) {
            return;
        }
        Availability a = state.trip().availabilityOf(person);
        int minutes;
        String text = maxHours.getText().strip().replace(',', '.');
        try {
            double hours = text.isEmpty() ? 0 : Double.parseDouble(text);
            if (hours < 0 || hours > 24 || Double.isNaN(hours)) {
                throw new NumberFormatException();
            }
            minutes = (int) Math.round(hours * 60);
        } catch (NumberFormatException e) {
            say("At most: enter hours like 4 or 4.5 (0 to 24), or leave it empty for no limit.");
            return;
        }
        say(null);
        if (minutes != a.maxMinutesPerDay()) {
            apply.accept(RosterEdits.setAvailability(state.trip().id(), a.withMaxMinutesPerDay(minutes)));
        }
    }

    private void addWindow() {
        if (state == null || person == null) {
            return;
        }
        LocalDate d = day.getValue();
        LocalTime start = Pickers.time(from);
        LocalTime end = Pickers.time(to);
        if (d == null || start == null || end == null) {
            say("Not available: enter a day like 2017-02-04 and times like 09:00 and 12:30.");
            return;
        }
        if (!end.isAfter(start)) {
            say("Not available: it ends (" + RosterText.time(end) + ") before it starts (" + RosterText.time(start) + ").");
            return;
        }
        say(null);
        var zone = state.booth().zone();
        TimeWindow w = new TimeWindow(new Moment(d.atTime(start), zone), new Moment(d.atTime(end), zone), note.getText());
        Availability a = state.trip().availabilityOf(person);
        List<TimeWindow> all = new ArrayList<>(a.unavailable());
        all.add(w);
        all.sort((x, y) -> x.start().compareTo(y.start()));
        from.clear();
        to.clear();
        note.clear();
        apply.accept(RosterEdits.setAvailability(state.trip().id(), a.withUnavailable(all)));
    }

    private void say(String text) {
        problem.setText(text == null ? "" : text);
        problem.setVisible(text != null);
        problem.setManaged(text != null);
    }

    private static String hoursText(int minutes) {
        return minutes % 60 == 0 ? Integer.toString(minutes / 60)
                : String.format(Locale.ROOT, "%.2f", minutes / 60.0).replaceAll("0+$", "");
    }
}
