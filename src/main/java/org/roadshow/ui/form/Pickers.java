package org.roadshow.ui.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
