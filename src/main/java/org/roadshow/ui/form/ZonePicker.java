package org.roadshow.ui.form;

import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PopupControl;
import javafx.scene.control.Skin;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.textfield.CustomTextField;

/**
 * A time zone field: type a city, country, abbreviation or offset and pick from the list, which shows each
 * zone's offsets ("UTC+1, +2 in summer"). Text that names no zone keeps the zone as it was and says so
 * ({@link #problem()}); opening the list shows the current zone.
 */
public final class ZonePicker extends CustomTextField implements FormField {
    private final ObjectProperty<ZoneId> value = new SimpleObjectProperty<>(this, "value");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ListView<ZoneId> list = new ListView<>();
    private final PopupControl popup = new PopupControl();
    private final int year = Year.now().getValue();
    private boolean updating;

    public ZonePicker() {
        getStyleClass().add("zone-picker");
        setPromptText("City, country, CET or UTC+1");
        setMaxWidth(Double.MAX_VALUE);
        Label arrow = new Label("▾");
        arrow.getStyleClass().add("zone-picker-arrow");
        arrow.setCursor(Cursor.DEFAULT);
        arrow.setOnMouseClicked(e -> {
            if (popup.isShowing()) {
                popup.hide();
            } else if (!isDisabled() && isEditable()) {
                requestFocus();
                showList(Zones.all(), true);
            }
        });
        setRight(arrow);
        list.getStyleClass().add("zone-list");
        list.setCellFactory(v -> new ZoneCell());
        list.setPrefHeight(260);
        list.setFocusTraversable(false);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && list.getSelectionModel().getSelectedItem() != null) {
                choose(list.getSelectionModel().getSelectedItem());
            }
        });
        StackPane content = new StackPane(list);
        content.getStyleClass().add("zone-popup");
        popup.setSkin(new Skin<>() {
            @Override
            public PopupControl getSkinnable() {
                return popup;
            }

            @Override
            public javafx.scene.Node getNode() {
                return content;
            }

            @Override
            public void dispose() {
            }
        });
        popup.setAutoHide(true);
        popup.setHideOnEscape(false);
        value.addListener((o, was, now) -> {
            if (!updating) {
                show(now);
            }
        });
        textProperty().addListener((o, was, now) -> {
            if (!updating && isFocused()) {
                showList(ZoneSearch.find(now), false);
            }
        });
        focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                popup.hide();
                commit();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    private void keys(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN, UP -> {
                if (!popup.isShowing()) {
                    showList(Zones.all(), true);
                } else {
                    int i = list.getSelectionModel().getSelectedIndex() + (e.getCode() == javafx.scene.input.KeyCode.DOWN ? 1 : -1);
                    if (i >= 0 && i < list.getItems().size()) {
                        list.getSelectionModel().select(i);
                        list.scrollTo(Math.max(0, i - 4));
                    }
                }
                e.consume();
            }
            case ENTER -> { // then the form's Enter applies what it now holds
                if (popup.isShowing() && list.getSelectionModel().getSelectedItem() != null) {
                    choose(list.getSelectionModel().getSelectedItem());
                    e.consume(); // a pick, like a combo box's; the next Enter applies
                } else {
                    popup.hide();
                    commit();
                }
            }
            case ESCAPE -> {
                if (popup.isShowing()) {
                    popup.hide();
                    if (problem.get() == null) {
                        show(value.get());
                    }
                    e.consume();
                }
            }
            default -> {
            }
        }
    }

    /** Shows the zones in the list under the field; {@code atValue}: with the current zone selected and in view. */
    private void showList(List<ZoneId> zones, boolean atValue) {
        List<ZoneId> items = new ArrayList<>(zones);
        ZoneId current = value.get();
        if (atValue && current != null && !items.contains(current)) {
            items.add(0, current); // a zone no longer offered, e.g. an old "GMT"
        }
        list.getItems().setAll(items);
        if (!popup.isShowing() && getScene() != null && getScene().getWindow() != null) {
            Bounds b = localToScreen(getBoundsInLocal());
            list.setPrefWidth(Math.max(380, b.getWidth()));
            popup.show(this, b.getMinX(), b.getMaxY());
        }
        // after showing: a list without its skin yet would drop the scroll request
        int i = atValue && current != null ? items.indexOf(current) : items.isEmpty() ? -1 : 0;
        if (i >= 0) {
            list.getSelectionModel().select(i);
            list.scrollTo(Math.max(0, i - 4));
        }
    }

    /** The zone picked from the list. */
    private void choose(ZoneId zone) {
        popup.hide();
        value.set(zone);
        show(zone);
    }

    /** Settles what was typed: a zone it names, nothing when cleared, else the old zone stays and a problem. */
    public void commit() {
        String text = getText() == null ? "" : getText().strip();
        ZoneId current = value.get();
        if (current != null && text.equals(Zones.label(current))) {
            problem.set(null);
        } else if (text.isEmpty()) {
            value.set(null);
            problem.set(null);
        } else {
            ZoneSearch.Resolution r = ZoneSearch.resolve(text);
            if (r.zone() != null) {
                choose(r.zone());
            } else {
                problem.set(r.problem());
            }
        }
    }

    private void show(ZoneId zone) {
        updating = true;
        try {
            setText(zone == null ? "" : Zones.label(zone));
            problem.set(null);
            positionCaret(getText().length());
        } finally {
            updating = false;
        }
    }

    /** Shows the zone, even one the list does not offer (an old "GMT" value). */
    public void setZone(ZoneId zone) {
        value.set(zone);
        show(zone);
    }

    public ZoneId getValue() {
        return value.get();
    }

    public void setValue(ZoneId zone) {
        setZone(zone);
    }

    public ObjectProperty<ZoneId> valueProperty() {
        return value;
    }

    /** What is wrong with the typed text ("unknown time zone “Mars/Olympus”"), or null. */
    public String problem() {
        return problem.get();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The form's check: the typed text's problem, else "required" while no zone is chosen. */
    public String check() {
        return problem.get() != null ? problem.get() : value.get() == null ? "required" : null;
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    public ListView<ZoneId> listView() {
        return list;
    }

    @Override
    public Observable[] observables() {
        return new Observable[] {value, problem};
    }

    /** A row of the list: the zone and its country, its offsets on the right. */
    private final class ZoneCell extends ListCell<ZoneId> {
        private final Label name = new Label();
        private final Label where = new Label();
        private final Label offsets = new Label();
        private final HBox row;

        ZoneCell() {
            where.getStyleClass().add("zone-country");
            offsets.getStyleClass().add("zone-offsets");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            row = new HBox(8, name, where, gap, offsets);
        }

        @Override
        protected void updateItem(ZoneId zone, boolean empty) {
            super.updateItem(zone, empty);
            if (empty || zone == null) {
                setGraphic(null);
                return;
            }
            String label = Zones.label(zone);
            name.setText(label);
            where.setText(label.equals(zone.getId()) ? Zones.country(zone) : zone.getId() + ", no summer time");
            offsets.setText(Zones.offsets(zone, year));
            setText(null);
            setGraphic(row);
        }
    }
}
