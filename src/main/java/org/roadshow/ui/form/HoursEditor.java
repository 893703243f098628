package org.roadshow.ui.form;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.roadshow.model.OpeningHours;

/**
 * A booth's opening hours as a small table: one row per day with the day, the opening and the closing
 * time, and a button to remove the row. "Add day" proposes the next conference day with the last row's hours.
 */
public final class HoursEditor extends VBox implements FormField {
    private static final LocalTime OPENS = LocalTime.of(9, 0);
    private static final LocalTime CLOSES = LocalTime.of(18, 0);

    /** One day's row. */
    public record Row(DatePicker day, TextField open, TextField close, Button remove) {
    }

    private final GridPane table = new GridPane();
    private final List<Row> rows = new ArrayList<>();
    private final Label empty = new Label("Not open on any day yet: add the days the booth is open.");
    private final Button add = new Button("Add day");
    private final IntegerProperty revision = new SimpleIntegerProperty(this, "revision");
    private Map<LocalDate, String> conferenceDays = Map.of();

    public HoursEditor() {
        super(6);
        getStyleClass().add("hours-editor");
        table.getStyleClass().add("hours-table");
        table.setHgap(6);
        table.setVgap(4);
        empty.getStyleClass().add("form-hint");
        empty.managedProperty().bind(empty.visibleProperty());
        add.setOnAction(e -> addDay());
        add.setTooltip(new Tooltip("Adds the next conference day, open the same hours as the last day"));
        getChildren().addAll(table, empty, add);
        layoutRows();
    }

    /** The days to mark in the pickers and to propose first: the trip's conference days, with their names. */
    public void setConferenceDays(Map<LocalDate, String> days) {
        conferenceDays = new TreeMap<>(days);
        rows.forEach(r -> Pickers.markDays(r.day(), conferenceDays));
    }

    public void set(List<OpeningHours> hours) {
        rows.clear();
        for (OpeningHours h : hours) {
            rows.add(row(h.day(), h.open(), h.close()));
        }
        layoutRows();
        changed();
    }

    /** Adds a row for the next conference day not yet listed (else the day after the last), with the last row's hours. */
    public void addDay() {
        Set<LocalDate> listed = new HashSet<>();
        LocalDate last = null;
        LocalTime open = OPENS;
        LocalTime close = CLOSES;
        for (Row r : rows) {
            LocalDate d = r.day().getValue();
            if (d != null) {
                listed.add(d);
                last = last == null || d.isAfter(last) ? d : last;
            }
            LocalTime o = Pickers.time(r.open());
            LocalTime c = Pickers.time(r.close());
            if (o != null && c != null && c.isAfter(o)) {
                open = o;
                close = c;
            }
        }
        LocalDate after = last;
        LocalDate day = conferenceDays.keySet().stream()
                .filter(d -> !listed.contains(d) && (after == null || d.isAfter(after))).findFirst()
                .orElse(last != null ? last.plusDays(1) : LocalDate.now());
        Row row = row(day, open, close);
        rows.add(row);
        layoutRows();
        changed();
        row.open().requestFocus();
    }

    private Row row(LocalDate day, LocalTime open, LocalTime close) {
        DatePicker picker = Pickers.datePicker();
        picker.setValue(day);
        picker.setPrefWidth(150);
        Pickers.markDays(picker, conferenceDays);
        TextField opens = Pickers.timeField();
        opens.setText(Fields.formatTime(open));
        TextField closes = Pickers.timeField();
        closes.setText(Fields.formatTime(close));
        Button remove = new Button("✕");
        remove.getStyleClass().add("hours-remove");
        remove.setTooltip(new Tooltip("Remove this day"));
        Row row = new Row(picker, opens, closes, remove);
        remove.setOnAction(e -> {
            rows.remove(row);
            layoutRows();
            changed();
        });
        picker.valueProperty().addListener(o -> changed());
        opens.textProperty().addListener(o -> changed());
        closes.textProperty().addListener(o -> changed());
        return row;
    }

    private void layoutRows() {
        table.getChildren().clear();
        if (!rows.isEmpty()) {
            table.addRow(0, header("Day"), header("Opens"), header("Closes"));
        }
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            table.addRow(i + 1, r.day(), r.open(), r.close(), r.remove());
        }
        table.setVisible(!rows.isEmpty());
        table.setManaged(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hours-header");
        return l;
    }

    private void changed() {
        markProblems();
        revision.set(revision.get() + 1);
    }

    /** The first problem (a day missing or twice, a time that is not one, closing before opening), or null. */
    public String problem() {
        Set<LocalDate> days = new HashSet<>();
        for (Row r : rows) {
            String p = rowProblem(r, days);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static String rowProblem(Row r, Set<LocalDate> seen) {
        LocalDate day = r.day().getValue();
        if (day == null) {
            return "a day needs its date, like 2017-02-04";
        }
        if (!seen.add(day)) {
            return day + " is listed twice";
        }
        for (TextField f : List.of(r.open(), r.close())) {
            try {
                Fields.parseTime(f.getText());
            } catch (IllegalArgumentException e) {
                return "on " + day + " " + e.getMessage();
            }
        }
        if (!Pickers.time(r.close()).isAfter(Pickers.time(r.open()))) {
            return "on " + day + " closing time must be after opening time";
        }
        return null;
    }

    /** Outlines in red the parts of the rows that are wrong. */
    private void markProblems() {
        Set<LocalDate> seen = new HashSet<>();
        for (Row r : rows) {
            LocalDate day = r.day().getValue();
            LocalTime o = Pickers.time(r.open());
            LocalTime c = Pickers.time(r.close());
            mark(r.day(), day == null || !seen.add(day));
            mark(r.open(), o == null);
            mark(r.close(), c == null || o != null && !c.isAfter(o));
        }
    }

    private static void mark(Node node, boolean wrong) {
        node.getStyleClass().remove("invalid");
        if (wrong) {
            node.getStyleClass().add("invalid");
        }
    }

    /** The hours, sorted by day; only meaningful when {@link #problem()} is null. */
    public List<OpeningHours> value() {
        return rows.stream().map(r -> new OpeningHours(r.day().getValue(), Pickers.time(r.open()), Pickers.time(r.close())))
                .sorted(Comparator.comparing(OpeningHours::day)).toList();
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public Button addButton() {
        return add;
    }

    @Override
    public Node focusTarget() {
        return rows.isEmpty() ? add : rows.get(0).day().getEditor();
    }

    @Override
    public Observable[] observables() {
        return new Observable[] {revision};
    }
}
