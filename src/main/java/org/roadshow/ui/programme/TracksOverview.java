package org.roadshow.ui.programme;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.roadshow.ui.programme.ProgrammeViewModel.TrackCount;

/**
 * The tracks of the programmes shown, each with its number of sessions and of the person's stars, "All
 * tracks" first. Clicking a track filters the table to it; clicking it again (or Space on it), or "All tracks",
 * shows all again. The selected row follows the Track picker; the track filtered on is marked (bold, a bar at its
 * edge) even when the list does not have the focus, and the heading names it.
 */
final class TracksOverview extends VBox {
    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");

    private final ProgrammeViewModel vm;
    private final ListView<TrackCount> list = new ListView<>();
    private final Label heading = new Label("Tracks");
    private final Label hint = new Label("Click a track to show only its sessions");
    private boolean following;

    TracksOverview(ProgrammeViewModel vm) {
        this.vm = vm;
        getStyleClass().add("tracks-overview");
        setId("tracks-overview");
        heading.getStyleClass().add("tracks-heading");
        heading.setId("tracks-heading");
        heading.setMinWidth(0);
        hint.getStyleClass().add("tracks-hint");
        hint.setId("tracks-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        list.setId("tracks-list");
        list.setCellFactory(l -> new TrackCell());
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            TrackCount t = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && t != null && isActive(t)) {
                e.consume();
                vm.trackProperty().set(null);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, hint, list);
        setMinWidth(150);
        setPrefWidth(230);

        vm.trackCounts().addListener((ListChangeListener<TrackCount>) c -> fill());
        vm.trackProperty().addListener(o -> follow());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!following && now != null) {
                vm.trackProperty().set(now.track().isEmpty() ? null : now.track());
            }
        });
        fill();
    }

    private void fill() {
        ObservableList<TrackCount> counts = vm.trackCounts();
        int sessions = 0;
        int starred = 0;
        for (TrackCount t : counts) {
            sessions += t.sessions();
            starred += t.starred();
        }
        following = true;
        try {
            list.getItems().setAll(counts);
            list.getItems().add(0, new TrackCount("", sessions, starred));
        } finally {
            following = false;
        }
        follow();
    }

    /** Selects and marks the row of the track the table is filtered to ("All tracks" when none). */
    private void follow() {
        String track = vm.trackProperty().get();
        boolean filtered = track != null && !track.isEmpty();
        heading.setText(filtered ? "Tracks: only " + track : "Tracks");
        hint.setText(filtered ? "Click " + track + " again, or All tracks, to show every track"
                : "Click a track to show only its sessions");
        following = true;
        try {
            int row = 0; // "All tracks", also when the track filtered on is not among those shown
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).track().equals(filtered ? track : "")) {
                    row = i;
                    break;
                }
            }
            if (list.getSelectionModel().getSelectedIndex() != row) {
                list.getSelectionModel().select(row);
            }
        } finally {
            following = false;
        }
    }

    /** Whether the table is filtered to this track (never "All tracks"). */
    private boolean isActive(TrackCount t) {
        return !t.track().isEmpty() && t.track().equals(vm.trackProperty().get());
    }

    ListView<TrackCount> list() {
        return list;
    }

    /** "Rust   24 · 3 ★": the name, then its counts on the right. */
    static String counts(TrackCount t) {
        return t.sessions() + (t.starred() > 0 ? " · " + t.starred() + " " + ProgrammeTable.STARRED : "");
    }

    private final class TrackCell extends ListCell<TrackCount> {
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox line;
        /** Moves the mark when the filter changes; held here, as the track property holds it only weakly. */
        private final InvalidationListener remark = o -> mark();

        TrackCell() {
            count.getStyleClass().add("track-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            name.setMinWidth(0);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            line = new HBox(6, name, gap, count);
            line.setAlignment(Pos.CENTER_LEFT);
            // as wide as the cell, not as the name: a long name is cut, its counts stay in view
            line.setMinWidth(0);
            line.prefWidthProperty().bind(widthProperty().subtract(16));
            line.maxWidthProperty().bind(widthProperty().subtract(16));
            vm.trackProperty().addListener(new WeakInvalidationListener(remark));
            // a press on the track already filtered on clears the filter; the list would only keep it selected
            addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null && isActive(getItem())) {
                    e.consume();
                    vm.trackProperty().set(null);
                    list.requestFocus();
                }
            });
        }

        /**
         * Bold with a bar at its edge when the table is filtered to this cell's track (the heading's hint says how
         * to undo it: a tooltip would open under the pointer, on the very spot of the second click).
         */
        private void mark() {
            TrackCount t = isEmpty() ? null : getItem();
            pseudoClassStateChanged(ACTIVE, t != null && isActive(t));
        }

        @Override
        protected void updateItem(TrackCount t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setGraphic(null);
                setText(null);
                mark();
                return;
            }
            name.setText(t.track().isEmpty() ? "All tracks" : t.track());
            count.setText(counts(t));
            setText(null);
            setGraphic(line);
            mark();
        }
    }
}
