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
        box.setValue(selected.get());
        selected.addListener((o, was, now) -> show(box, now));
        items.addListener((ListChangeListener<UUID>) c -> show(box, selected.get()));
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
                box.getItems().setAll(options);
                box.getItems().add(0, all);
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
