package org.roadshow.ui.programme;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.roadshow.ui.document.Document;

/**
 * The Programme tab: an imported programme as a searchable, filterable table; stars for the selected
 * person; a mark on sessions that clash with that person's own items. Self-contained: give it the
 * {@link Document}; {@link #setOnImport} wires the empty state's button to File &gt; Import Programme.
 */
public final class ProgrammeView extends BorderPane {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    /** Stands for "all" in the filter boxes, which cannot hold null items. */
    private static final LocalDate ALL_DAYS = LocalDate.MIN;
    private static final String ALL = "";

    private final ProgrammeViewModel vm;
    private final ProgrammeTable table;
    private final TextField search = new TextField();
    private final Label count = new Label();
    private final Button importButton = new Button("Import Programme…");
    private final Label emptyTitle = new Label();
    private final Label emptyHint = new Label();
    private boolean canImport;
    private HBox filters;
    private CheckBox starredBox;
    private final StackPane center;
    private final VBox empty;
    private final SplitPane content;

    public ProgrammeView(Document document) {
        vm = new ProgrammeViewModel(document);
        table = new ProgrammeTable(vm);
        getStyleClass().add("programme-view");
        getStylesheets().add(Objects.requireNonNull(ProgrammeView.class.getResource("programme.css")).toExternalForm());

        search.setId("programme-search");
        search.setPromptText("Search talks, speakers, rooms…");
        search.setMinWidth(180);
        search.textProperty().bindBidirectional(vm.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        ComboBox<UUID> trip = idPicker(vm.trips(), vm.tripIdProperty(), vm::tripName, "trip-picker");
        ComboBox<UUID> programme = idPicker(vm.programmes(), vm.programmeIdProperty(), vm::programmeName, "programme-picker");
        programme.visibleProperty().bind(javafx.beans.binding.Bindings.size(vm.programmes()).greaterThan(1));
        programme.managedProperty().bind(programme.visibleProperty());
        ComboBox<UUID> person = idPicker(vm.people(), vm.personIdProperty(), vm::personName, "person-picker");
        CheckBox starred = new CheckBox("Starred only");
        starred.setId("starred-only");
        starredBox = starred;
        starred.selectedProperty().bindBidirectional(vm.starredOnlyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        count.setId("programme-count");
        HBox pickers = row(new Label("Trip"), trip, programme, new Label("Starring as"), person, starred, gap, count);

        ComboBox<LocalDate> day = filter(vm.days(), vm.dayProperty(), ALL_DAYS,
                d -> d.equals(ALL_DAYS) ? "All days" : DAY.format(d), "day-filter");
        ComboBox<String> track = filter(vm.tracks(), vm.trackProperty(), ALL, t -> t.isEmpty() ? "All tracks" : t, "track-filter");
        ComboBox<String> room = filter(vm.rooms(), vm.roomProperty(), ALL, r -> r.isEmpty() ? "All rooms" : r, "room-filter");
        Button clear = new Button("Clear");
        clear.setOnAction(e -> {
            vm.queryProperty().set("");
            vm.dayProperty().set(null);
            vm.trackProperty().set(null);
            vm.roomProperty().set(null);
            vm.starredOnlyProperty().set(false);
        });
        filters = row(search, day, track, room, clear);
        filters.managedProperty().bind(filters.visibleProperty());
        VBox top = new VBox(6, pickers, filters);
        top.setPadding(new Insets(8, 10, 8, 10));
        top.getStyleClass().add("programme-toolbar");

        SessionDetails details = new SessionDetails(vm);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> details.show(now));
        vm.rows().addListener((ListChangeListener<SessionRow>) c -> details.show(table.getSelectionModel().getSelectedItem()));
        vm.personIdProperty().addListener(o -> {
            table.refresh();
            details.show(table.getSelectionModel().getSelectedItem());
        });
        content = new SplitPane(table, details);
        content.setOrientation(Orientation.VERTICAL);
        content.setDividerPositions(0.64);

        emptyTitle.getStyleClass().add("empty-title");
        emptyHint.getStyleClass().add("empty-hint");
        Label hint = emptyHint;
        hint.setWrapText(true);
        hint.setMaxWidth(560);
        hint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        importButton.setVisible(false);
        importButton.managedProperty().bind(importButton.visibleProperty());
        empty = new VBox(10, emptyTitle, hint, importButton);
        empty.setAlignment(Pos.CENTER);
        empty.getStyleClass().add("programme-empty");
        center = new StackPane(content, empty);
        setTop(top);
        setCenter(center);

        vm.visible().addListener((ListChangeListener<SessionRow>) c -> updateCount());
        vm.programmeIdProperty().addListener(o -> updateEmpty());
        vm.tripIdProperty().addListener(o -> updateEmpty());
        vm.readOnlyProperty().addListener(o -> updateEmpty());
        updateCount();
        updateEmpty();
    }

    /** What the empty state's "Import Programme…" button does; the button shows only when this is set. */
    public void setOnImport(Runnable action) {
        importButton.setOnAction(e -> action.run());
        canImport = action != null;
        updateEmpty();
    }

    public ProgrammeViewModel viewModel() {
        return vm;
    }

    private void updateCount() {
        int all = vm.rows().size();
        int shown = vm.visible().size();
        count.setText(shown == all ? all + " sessions" : shown + " of " + all + " sessions");
    }

    private void updateEmpty() {
        boolean none = vm.programme().isEmpty();
        boolean noTrip = vm.trip().isEmpty();
        empty.setVisible(none);
        content.setVisible(!none);
        for (javafx.scene.Node n : List.of(filters, count, starredBox)) {
            n.setVisible(!none); // nothing to search, filter or count
        }
        emptyTitle.setText(noTrip ? "No trips yet" : "No programme for this trip yet");
        emptyHint.setText(noTrip ? "Add a trip with Trip › New Trip, then import its conference programme here."
                : "Import the conference's programme with File › Import Programme… to search it and star the talks "
                        + "to see: FOSDEM's Pentabarf XML, a frab or pretalx schedule (XML or JSON), or a Sched or "
                        + "other .ics feed.");
        importButton.setVisible(canImport && !noTrip && !vm.isReadOnly());
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static ComboBox<UUID> idPicker(ObservableList<UUID> items, ObjectProperty<UUID> selected,
                                           Function<UUID, String> name, String id) {
        ComboBox<UUID> box = new ComboBox<>(items);
        box.setId(id);
        box.setCellFactory(l -> new NameCell<>(name));
        box.setButtonCell(new NameCell<>(name));
        box.setValue(selected.get());
        selected.addListener((o, was, now) -> box.setValue(now));
        items.addListener((ListChangeListener<UUID>) c -> box.setValue(selected.get()));
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(selected.get())) {
                selected.set(now);
            }
        });
        return box;
    }

    /** A filter box over the given options plus an "all" entry that stands for a null filter. */
    private static <T> ComboBox<T> filter(ObservableList<T> options, ObjectProperty<T> selected, T all,
                                          Function<T, String> name, String id) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        Runnable fill = () -> {
            T keep = selected.get();
            box.getItems().setAll(options);
            box.getItems().add(0, all);
            box.setValue(keep == null ? all : keep);
        };
        options.addListener((ListChangeListener<T>) c -> fill.run());
        fill.run();
        box.setCellFactory(l -> new NameCell<>(name));
        box.setButtonCell(new NameCell<>(name));
        box.setVisibleRowCount(16);
        box.setPrefWidth(170);
        box.setMaxWidth(170);
        selected.addListener((o, was, now) -> box.setValue(now == null ? all : now));
        box.valueProperty().addListener((o, was, now) -> selected.set(now == null || now.equals(all) ? null : now));
        return box;
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

    ProgrammeTable table() {
        return table;
    }
}
