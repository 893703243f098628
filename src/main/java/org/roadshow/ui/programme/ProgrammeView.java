package org.roadshow.ui.programme;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.settings.Settings;

/**
 * The Programme tab: a trip's imported programmes (one, or all together) as a searchable, filterable table;
 * stars for the selected person; a mark on sessions that clash with that person's own items or with another
 * starred session; a tracks overview; the selected session's details below. Give it the {@link Document}, and
 * the {@link Settings} to remember the tab's state per project file and its panes for every project;
 * {@link #setOnImport} wires the empty state's button to File &gt; Import Programme, {@link #setOnUpdate} the
 * Update Programme button beside the programme's source to File &gt; Update Programme. Ctrl+F focuses the search.
 */
public final class ProgrammeView extends BorderPane {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    /** Stands for "all" in the filter boxes, which cannot hold null items. */
    private static final LocalDate ALL_DAYS = LocalDate.MIN;
    private static final String ALL = "";
    static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F");

    private final ProgrammeViewModel vm;
    private final ProgrammeTable table;
    private final SessionDetails details;
    private final TracksOverview tracksOverview;
    private final ProgrammeSource source;
    private final TextField search = new TextField();
    private final Label count = new Label();
    private final Button importButton = new Button("Import Programme…");
    private final Label emptyTitle = new Label();
    private final Label emptyHint = new Label();
    private final ToggleButton showTracks = new ToggleButton("Tracks");
    private final ToggleButton showDetails = new ToggleButton("Details");
    private final SplitPane tableAndDetails;
    private final SplitPane content;
    private final VBox empty;
    private final HBox filters;
    private final CheckBox starred = new CheckBox("Starred only");
    private final Settings settings;
    private boolean canImport;

    /** A view that remembers nothing between runs (tests, previews). */
    public ProgrammeView(Document document) {
        this(document, null);
    }

    public ProgrammeView(Document document, Settings settings) {
        this.settings = settings;
        vm = new ProgrammeViewModel(document);
        table = new ProgrammeTable(vm);
        getStyleClass().add("programme-view");
        getStylesheets().add(Objects.requireNonNull(ProgrammeView.class.getResource("programme.css")).toExternalForm());

        search.setId("programme-search");
        search.setPromptText("Search talks, speakers, rooms…  (Ctrl+F)");
        search.setMinWidth(180);
        search.textProperty().bindBidirectional(vm.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        ComboBox<UUID> trip = Pickers.ids(vm.trips(), vm.tripIdProperty(), vm::tripName, "trip-picker");
        ComboBox<UUID> programme = Pickers.ids(vm.programmes(), vm.programmeIdProperty(), vm::programmeName,
                "programme-picker");
        programme.visibleProperty().bind(Bindings.size(vm.programmes()).greaterThan(1));
        programme.managedProperty().bind(programme.visibleProperty());
        ComboBox<UUID> person = Pickers.ids(vm.people(), vm.personIdProperty(), vm::personName, "person-picker");
        starred.setId("starred-only");
        starred.selectedProperty().bindBidirectional(vm.starredOnlyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        count.setId("programme-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox pickers = row(new Label("Trip"), trip, programme, new Label("Starring as"), person, starred, gap, count);
        source = new ProgrammeSource(vm, java.time.ZoneId.systemDefault());
        source.managedProperty().bind(source.visibleProperty());

        ComboBox<LocalDate> day = Pickers.filter(new ComboBox<>(), vm.days(), vm.dayProperty(), ALL_DAYS,
                d -> d.equals(ALL_DAYS) ? "All days" : DAY.format(d), "day-filter");
        day.setPrefWidth(130);
        ComboBox<String> track = Pickers.filter(new SearchableComboBox<>(), vm.tracks(), vm.trackProperty(), ALL,
                t -> t.isEmpty() ? "All tracks" : t, "track-filter");
        ComboBox<String> room = Pickers.filter(new SearchableComboBox<>(), vm.rooms(), vm.roomProperty(), ALL,
                r -> r.isEmpty() ? "All rooms" : r, "room-filter");
        Button clear = new Button("Clear");
        clear.setId("programme-clear");
        clear.setTooltip(new Tooltip("Show every session: no search, day, track or room, not only starred"));
        clear.setOnAction(e -> vm.clearFilters());
        showTracks.setId("show-tracks");
        showTracks.setTooltip(new Tooltip("Show or hide the tracks with their session and star counts"));
        showDetails.setId("show-details");
        showDetails.setTooltip(new Tooltip("Show or hide the selected session's details"));
        filters = row(search, day, track, room, clear, showTracks, showDetails);
        filters.managedProperty().bind(filters.visibleProperty());
        VBox top = new VBox(6, pickers, source, filters);
        top.setPadding(new Insets(8, 10, 8, 10));
        top.getStyleClass().add("programme-toolbar");

        details = new SessionDetails(vm);
        details.setMinHeight(0);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> details.show(now));
        vm.rows().addListener((ListChangeListener<SessionRow>) c -> details.show(table.getSelectionModel().getSelectedItem()));
        vm.personIdProperty().addListener(o -> {
            table.refresh();
            details.show(table.getSelectionModel().getSelectedItem());
        });
        tableAndDetails = new SplitPane(table);
        tableAndDetails.setOrientation(Orientation.VERTICAL);
        tracksOverview = new TracksOverview(vm);
        SplitPane.setResizableWithParent(tracksOverview, false);
        content = new SplitPane(tableAndDetails);
        rememberPanes();

        emptyTitle.getStyleClass().add("empty-title");
        emptyHint.getStyleClass().add("empty-hint");
        emptyHint.setWrapText(true);
        emptyHint.setMaxWidth(560);
        emptyHint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        importButton.setVisible(false);
        importButton.managedProperty().bind(importButton.visibleProperty());
        empty = new VBox(10, emptyTitle, emptyHint, importButton);
        empty.setAlignment(Pos.CENTER);
        empty.getStyleClass().add("programme-empty");
        setTop(top);
        setCenter(new StackPane(content, empty));

        if (settings != null) {
            new ProgrammeViewState(vm, document, settings::forProject);
        }
        vm.visible().addListener((ListChangeListener<SessionRow>) c -> updateCount());
        vm.rows().addListener((ListChangeListener<SessionRow>) c -> updateEmpty());
        vm.tripIdProperty().addListener(o -> updateEmpty());
        vm.readOnlyProperty().addListener(o -> updateEmpty());
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.getAccelerators().remove(FIND);
            }
            if (now != null) {
                now.getAccelerators().put(FIND, this::focusSearch);
            }
        });
        updateCount();
        updateEmpty();
    }

    /** Whether the details and tracks panes show and where the divider sits: the same for every project. */
    private void rememberPanes() {
        showDetails.setSelected(!"hidden".equals(setting("programme.details", "shown")));
        showTracks.setSelected("shown".equals(setting("programme.tracks", "hidden")));
        double divider;
        try {
            divider = Double.parseDouble(setting("programme.detailsDivider", "0.66"));
        } catch (NumberFormatException e) { // an edited settings file
            divider = 0.66;
        }
        double[] position = {Math.min(0.95, Math.max(0.2, divider))};
        Runnable placeDetails = () -> {
            if (showDetails.isSelected() && !tableAndDetails.getItems().contains(details)) {
                tableAndDetails.getItems().add(details);
                tableAndDetails.setDividerPositions(position[0]);
                tableAndDetails.getDividers().get(0).positionProperty().addListener((o, was, now) -> {
                    position[0] = now.doubleValue();
                    if (settings != null) {
                        settings.putLater("programme.detailsDivider", String.format(Locale.ROOT, "%.3f", now.doubleValue()));
                    }
                });
            } else if (!showDetails.isSelected()) {
                tableAndDetails.getItems().remove(details);
            }
        };
        Runnable placeTracks = () -> {
            if (showTracks.isSelected() && !content.getItems().contains(tracksOverview)) {
                content.getItems().add(0, tracksOverview);
                content.setDividerPositions(0.2);
            } else if (!showTracks.isSelected()) {
                content.getItems().remove(tracksOverview);
            }
        };
        placeDetails.run();
        placeTracks.run();
        showDetails.selectedProperty().addListener((o, was, now) -> {
            placeDetails.run();
            remember("programme.details", now ? "shown" : "hidden");
        });
        showTracks.selectedProperty().addListener((o, was, now) -> {
            placeTracks.run();
            remember("programme.tracks", now ? "shown" : "hidden");
        });
    }

    private String setting(String key, String otherwise) {
        return settings == null ? otherwise : settings.get(key, otherwise);
    }

    private void remember(String key, String value) {
        if (settings != null) {
            settings.put(key, value);
        }
    }

    /** What the empty state's "Import Programme…" button does; the button shows only when this is set. */
    public void setOnImport(Runnable action) {
        importButton.setOnAction(e -> action.run());
        canImport = action != null;
        updateEmpty();
    }

    /**
     * What the Update Programme button beside the programme's source does, given the trip and the programme on
     * show (null when all the trip's programmes are shown together); the button shows only when this is set.
     */
    public void setOnUpdate(java.util.function.BiConsumer<UUID, UUID> action) {
        source.setOnUpdate(action);
    }

    public ProgrammeViewModel viewModel() {
        return vm;
    }

    /** Shows a programme just imported into a trip, with no filter hiding its sessions. */
    public void showImported(UUID trip, UUID programme) {
        vm.show(trip, programme);
        table.scrollTo(0);
    }

    /** Ctrl+F: moves the focus to the search field, its text selected, when this tab is on show. */
    void focusSearch() {
        if (isShowing(this) && filters.isVisible()) {
            search.requestFocus();
            search.selectAll();
        }
    }

    /** Whether the node and all its parents are visible (a tab pane hides the tabs not selected). */
    private static boolean isShowing(Node node) {
        Scene scene = node.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return false;
        }
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return node.isVisible();
    }

    private void updateCount() {
        int all = vm.rows().size();
        int shown = vm.visible().size();
        count.setText(shown == all ? all + " sessions" : shown + " of " + all + " sessions");
    }

    private void updateEmpty() {
        boolean none = vm.shownProgrammes().isEmpty();
        boolean noTrip = vm.trip().isEmpty();
        empty.setVisible(none);
        content.setVisible(!none);
        for (Node n : List.of(filters, count, starred, source)) {
            n.setVisible(!none); // nothing to search, filter or count
        }
        emptyTitle.setText(noTrip ? "No trips yet" : "No programme for this trip yet");
        emptyHint.setText(noTrip ? "Add a trip with Trip › New Trip, then import its conference programme here."
                : "Import the conference's programme with File › Import Programme… to search it and star the talks "
                        + "to see: FOSDEM's Pentabarf XML, a frab or pretalx schedule (XML or JSON), or a Sched or "
                        + "other .ics feed. A trip can hold several programmes, one per conference.");
        importButton.setVisible(canImport && !noTrip && !vm.isReadOnly());
    }

    private static HBox row(Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    ProgrammeTable table() {
        return table;
    }

    SessionDetails details() {
        return details;
    }

    ProgrammeSource source() {
        return source;
    }

    TracksOverview tracksOverview() {
        return tracksOverview;
    }
}
