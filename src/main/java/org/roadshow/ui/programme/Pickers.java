package org.roadshow.ui.programme;

import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * The Programme tab's pickers, each kept in step with a view-model property both ways. A combo box clears its
 * value when its items are replaced, and its button cell keeps the name it drew when the value stays but its
 * name changes (another project with the same ids): both are put right here, so a picker never shows blank
 * while its property holds a value.
 */
final class Pickers {
    private Pickers() {
    }

    static ComboBox<UUID> ids(ObservableList<UUID> items, ObjectProperty<UUID> selected, Function<UUID, String> name,
                              String id) {
        ComboBox<UUID> box = new ComboBox<>(items);
        box.setId(id);
        named(box, name);
        SelectedCell button = new SelectedCell(selected, name);
        box.setButtonCell(button);
        box.setValue(selected.get());
        selected.addListener((o, was, now) -> {
            show(box, now);
            button.redraw();
        });
        items.addListener((ListChangeListener<UUID>) c -> {
            show(box, selected.get());
            button.redraw();
        });
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(selected.get())) {
                selected.set(now);
            }
        });
        return box;
    }

    /** Sets the value and redraws the button cell even when the value is the same. */
    private static <T> void show(ComboBox<T> box, T value) {
        if (box.getValue() != null && box.getValue().equals(value)) {
            box.setValue(null);
        }
        box.setValue(value);
    }

    /** A filter box over the options plus an "all" entry that stands for a null filter. */
    static <T> ComboBox<T> filter(ComboBox<T> box, ObservableList<T> options, ObjectProperty<T> selected, T all,
                                  Function<T, String> name, String id) {
        box.setId(id);
        boolean[] filling = {false};
        Runnable fill = () -> {
            T keep = selected.get();
            filling[0] = true;
            try {
                // a new list rather than setAll: a searchable box's filtered copy of the old one would be read
                // half-changed while the box looks for its value
                java.util.List<T> next = new java.util.ArrayList<>(options.size() + 1);
                next.add(all);
                next.addAll(options);
                box.setItems(javafx.collections.FXCollections.observableArrayList(next));
            } finally {
                filling[0] = false;
            }
            box.setValue(keep == null ? all : keep);
        };
        options.addListener((ListChangeListener<T>) c -> fill.run());
        named(box, name);
        fill.run();
        box.setVisibleRowCount(16);
        box.setPrefWidth(180);
        box.setMaxWidth(240);
        selected.addListener((o, was, now) -> box.setValue(now == null ? all : now));
        box.valueProperty().addListener((o, was, now) -> {
            if (!filling[0]) {
                selected.set(now == null || now.equals(all) ? null : now);
            }
        });
        return box;
    }

    /** Cells and the converter (which a searchable box filters by) show the name. */
    private static <T> void named(ComboBox<T> box, Function<T, String> name) {
        box.setCellFactory(l -> new NameCell<>(name));
        box.setButtonCell(new NameCell<>(name));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String text) {
                for (T item : box.getItems()) {
                    if (name.apply(item).equals(text)) {
                        return item;
                    }
                }
                return null;
            }
        });
    }

    /**
     * The button of an id picker: always the name of what the property holds, whatever item the combo box
     * last handed it while its items were being replaced.
     */
    private static final class SelectedCell extends ListCell<UUID> {
        private final ObjectProperty<UUID> selected;
        private final Function<UUID, String> name;

        SelectedCell(ObjectProperty<UUID> selected, Function<UUID, String> name) {
            this.selected = selected;
            this.name = name;
        }

        @Override
        protected void updateItem(UUID item, boolean empty) {
            super.updateItem(item, empty);
            redraw();
        }

        void redraw() {
            UUID id = selected.get();
            setText(id == null ? null : name.apply(id));
        }
    }

    private static final class NameCell<T> extends ListCell<T> {
        private final Function<T, String> name;

        NameCell(Function<T, String> name) {
            this.name = name;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : name.apply(item));
        }
    }
}
