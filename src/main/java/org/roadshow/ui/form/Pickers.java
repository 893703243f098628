package org.roadshow.ui.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.control.DateCell;
import javafx.scene.control.Tooltip;
import org.roadshow.model.Conference;
import org.roadshow.model.Trip;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Small field factories shared by the forms. Dates are ISO (2017-02-04) whatever the locale. */
public final class Pickers {
    private Pickers() {
    }

    public static DatePicker datePicker() {
        DatePicker picker = new DatePicker();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) { // not a date: the form shows the field as wrong
                    return null;
                }
            }
        });
        picker.setPromptText("2017-02-04");
        picker.setPrefWidth(140);
        return picker;
    }

    /** The days of the trip's conferences, each with the conference's name: the days date pickers mark. */
    public static Map<LocalDate, String> conferenceDays(Trip trip) {
        Map<LocalDate, String> days = new TreeMap<>();
        for (Conference c : trip.items(Conference.class)) {
            for (LocalDate d = c.firstDay(); !d.isAfter(c.lastDay()) && days.size() < 366; d = d.plusDays(1)) {
                days.merge(d, c.name(), (a, b) -> a + ", " + b);
            }
        }
        return days;
    }

    /** Marks the conference days in the picker's month view (style class {@code conference-day}, its name as a tip). */
    public static void markDays(DatePicker picker, Map<LocalDate, String> days) {
        picker.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                String name = empty || date == null ? null : days.get(date);
                getStyleClass().remove("conference-day");
                if (name != null) {
                    getStyleClass().add("conference-day");
                }
                setTooltip(name == null ? null : new Tooltip(name));
            }
        });
    }

    public static TextField timeField() {
        TextField field = new TextField();
        field.setPromptText("14:30");
        field.setPrefColumnCount(5);
        field.getStyleClass().add("time-field");
        return field;
    }

    /** The time typed in the field, or null when it is not a time. */
    public static java.time.LocalTime time(TextField field) {
        try {
            return Fields.parseTime(field.getText());
        } catch (IllegalArgumentException e) { // the null the javadoc promises; the form says what is wrong
            return null;
        }
    }
}
