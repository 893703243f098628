package org.roadshow.ui.form;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;
import org.roadshow.model.OpeningHours;

/** A booth's opening hours, one editable line per day: "2017-02-04 09:00-18:00". */
public final class HoursEditor extends VBox implements FormField {
    private final ListView<String> list = new ListView<>();
    private final Button add = new Button("Add day");
    private final Button remove = new Button("Remove");

    public HoursEditor() {
        super(6);
        getStyleClass().add("hours-editor");
        list.setEditable(true);
        list.setPrefHeight(96);
        list.setCellFactory(v -> {
            ListCell<String> cell = new TextFieldListCell<>(new DefaultStringConverter()) {
                @Override
                public void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("invalid-line");
                    if (!empty && item != null && lineProblem(item) != null) {
                        getStyleClass().add("invalid-line");
                    }
                }
            };
            return cell;
        });
        add.setOnAction(e -> addDay());
        remove.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                list.getItems().remove(i);
            }
        });
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        getChildren().addAll(list, new HBox(6, add, remove));
    }

    public void set(List<OpeningHours> hours) {
        list.getItems().setAll(hours.stream().map(Fields::formatHours).toList());
    }

    /** Adds the day after the last one with the same hours, or a first day 09:00-18:00. */
    public void addDay() {
        List<OpeningHours> current = validHours();
        String line = current.isEmpty()
                ? Fields.formatHours(new OpeningHours(LocalDate.now(), LocalTime.of(9, 0), LocalTime.of(18, 0)))
                : Fields.formatHours(next(current.get(current.size() - 1)));
        list.getItems().add(line);
        list.getSelectionModel().select(list.getItems().size() - 1);
    }

    private static OpeningHours next(OpeningHours last) {
        return new OpeningHours(last.day().plusDays(1), last.open(), last.close());
    }

    public ListView<String> listView() {
        return list;
    }

    /** The first problem with the lines (bad shape, closing before opening, a day twice), or null. */
    public String problem() {
        List<LocalDate> days = new ArrayList<>();
        for (String line : list.getItems()) {
            String p = lineProblem(line);
            if (p != null) {
                return p;
            }
            LocalDate day = Fields.parseHours(line).day();
            if (days.contains(day)) {
                return day + " is listed twice";
            }
            days.add(day);
        }
        return null;
    }

    /** The hours, sorted by day; only meaningful when {@link #problem()} is null. */
    public List<OpeningHours> value() {
        return validHours().stream().sorted((a, b) -> a.day().compareTo(b.day())).toList();
    }

    private List<OpeningHours> validHours() {
        return list.getItems().stream().filter(l -> lineProblem(l) == null).map(Fields::parseHours).toList();
    }

    private static String lineProblem(String line) {
        try {
            Fields.parseHours(line);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Override
    public javafx.scene.Node focusTarget() {
        return list;
    }

    @Override
    public Observable[] observables() {
        return new Observable[] {list.getItems()};
    }
}
