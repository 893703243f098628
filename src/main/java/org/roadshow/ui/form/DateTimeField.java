package org.roadshow.ui.form;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import javafx.beans.Observable;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** A date picker and a time field side by side; the zone is chosen separately. */
public final class DateTimeField extends HBox implements FormField {
    private final DatePicker date = Pickers.datePicker();
    private final TextField time = Pickers.timeField();

    public DateTimeField() {
        super(6);
        getStyleClass().add("date-time-field");
        getChildren().addAll(date, time);
    }

    public void set(LocalDateTime value) {
        date.setValue(value == null ? null : value.toLocalDate());
        time.setText(value == null ? "" : Fields.formatTime(value.toLocalTime()));
    }

    /** The date and time, or null while either is missing or not valid. */
    public LocalDateTime value() {
        LocalDate d = date.getValue();
        LocalTime t = Pickers.time(time);
        return d == null || t == null ? null : d.atTime(t);
    }

    /** What is wrong with the input, or null. */
    public String problem() {
        if (date.getValue() == null) {
            return "enter a date like 2017-02-04";
        }
        try {
            Fields.parseTime(time.getText());
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public DatePicker datePicker() {
        return date;
    }

    public TextField timeField() {
        return time;
    }

    @Override
    public javafx.scene.Node focusTarget() {
        return date.getEditor();
    }

    @Override
    public Observable[] observables() {
        return new Observable[] {date.valueProperty(), time.textProperty()};
    }
}
