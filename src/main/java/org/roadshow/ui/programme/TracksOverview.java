package org.roadshow.ui.programme;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.roadshow.ui.programme.ProgrammeViewModel.TrackCount;

/**
 * The tracks of the programmes shown, each with its number of sessions and of the person's stars, "All
 * tracks" first. Clicking a track filters the table to it; "All tracks" shows all again. The selected row
 * follows the Track picker.
 */
final class TracksOverview extends VBox {
    private final ProgrammeViewModel vm;
    private final ListView<TrackCount> list = new ListView<>();
    private boolean following;

    TracksOverview(ProgrammeViewModel vm) {
        this.vm = vm;
        getStyleClass().add("tracks-overview");
        setId("tracks-overview");
        Label heading = new Label("Tracks");
        heading.getStyleClass().add("tracks-heading");
        list.setId("tracks-list");
        list.setCellFactory(l -> new TrackCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, list);
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

    /** Selects the row of the track the table is filtered to ("All tracks" when none). */
    private void follow() {
        String track = vm.trackProperty().get();
        following = true;
        try {
            for (TrackCount t : list.getItems()) {
                if (t.track().equals(track == null ? "" : track)) {
                    list.getSelectionModel().select(t);
                    return;
                }
            }
            list.getSelectionModel().select(0);
        } finally {
            following = false;
        }
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
        }

        @Override
        protected void updateItem(TrackCount t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            name.setText(t.track().isEmpty() ? "All tracks" : t.track());
            count.setText(counts(t));
            setText(null);
            setGraphic(line);
        }
    }
}
