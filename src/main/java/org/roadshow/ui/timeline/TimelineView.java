package org.roadshow.ui.timeline;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.roadshow.model.Item;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.Conflict;
import org.roadshow.plan.Conflicts;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.document.Selection;
import org.roadshow.ui.form.ZonePicker;

/**
 * The Timeline tab: a toolbar (trip, people shown, display zone, zoom, Export PNG…), a legend, and the
 * {@link TripTimeline}. It follows the document and the shared selection both ways: a click selects the
 * item everywhere, and an item selected elsewhere is outlined and scrolled to here (switching trip if it is
 * in another one; choosing a trip's row in the sidebar shows that trip). Enter or a double click opens the item's form in the Details tab.
 */
public final class TimelineView extends BorderPane {
    private final Document document;
    private final Selection selection;
    private final TripTimeline timeline = new TripTimeline();
    private final ComboBox<Trip> trips = new ComboBox<>();
    private final MenuButton people = new MenuButton("Everyone");
    private final ComboBox<ZoneChoice> zones = new ComboBox<>();
    private final ZonePicker otherZone = new ZonePicker();
    private final Set<UUID> hidden = new HashSet<>();
    private final VBox empty;
    private final Consumer<String> status;
    private BiFunction<Window, String, Optional<Path>> pngChooser = TimelineView::choosePng;
    private final BiFunction<Project, Trip, List<Conflict>> conflicts;
    private boolean updating;

    public TimelineView(Document document, Selection selection, Consumer<String> status) {
        this(document, selection, status, Conflicts::forTrip);
    }

    /** {@code conflicts} gives a trip's conflicts, such as {@code ProjectConflicts::ofTrip}, checked once per change. */
    public TimelineView(Document document, Selection selection, Consumer<String> status,
                        BiFunction<Project, Trip, List<Conflict>> conflicts) {
        this.conflicts = conflicts;
        this.document = document;
        this.selection = selection;
        this.status = status;
        getStyleClass().add("timeline-view");
        getStylesheets().add(Objects.requireNonNull(TimelineView.class.getResource("timeline-view.css")).toExternalForm());

        trips.setId("timeline-trip");
        trips.setConverter(converter(t -> t == null ? "" : t.name()));
        trips.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                hidden.clear();
                refresh();
            }
        });
        people.setId("timeline-people");
        zones.setId("timeline-zone");
        zones.setConverter(converter(z -> z == null ? "" : z.label()));
        zones.valueProperty().addListener((o, was, now) -> applyZone());
        otherZone.setId("timeline-other-zone");
        otherZone.setMaxWidth(220);
        otherZone.visibleProperty().bind(zones.valueProperty().isEqualTo(ZoneChoice.OTHER));
        otherZone.managedProperty().bind(otherZone.visibleProperty());
        otherZone.valueProperty().addListener((o, was, now) -> applyZone());
        Button zoomOut = button("−", "Zoom out (−, Ctrl+wheel)", timeline::zoomOut, "timeline-zoom-out");
        Button zoomIn = button("+", "Zoom in (+, Ctrl+wheel)", timeline::zoomIn, "timeline-zoom-in");
        Button now = button("Now", "Scroll to the present moment", this::scrollToNow, "timeline-now");
        Button export = button("Export PNG…", "Save what is in view as a picture, to paste into a chat", this::exportPng,
                "timeline-export");
        trips.setMaxWidth(300);
        zones.setMaxWidth(240);
        HBox toolbar = new HBox(label("Trip"), trips, label("Show"), people, label("Times"), zones, otherZone);
        toolbar.getStyleClass().add("timeline-toolbar");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox legend = TimelineLegend.of(timeline);
        legend.getChildren().addAll(gap, zoomOut, zoomIn, now, export);
        setTop(new VBox(toolbar, legend));

        timeline.setOnChoose(this::choose);
        timeline.setOnOpen(this::open);
        selection.items().addListener((ListChangeListener<NodeKey>) c -> followSelection());
        selection.keyProperty().addListener(o -> followSelection());
        document.projectProperty().addListener((o, was, p) -> refresh());

        Label emptyTitle = new Label("No trips yet");
        emptyTitle.getStyleClass().add("empty-title");
        Label emptyText = new Label("Add a trip with its people, talks, booth duty and travel, and the timeline shows "
                + "who is where, in which time zone, across it.");
        emptyText.setWrapText(true);
        emptyText.setMaxWidth(520);
        empty = new VBox(10, emptyTitle, emptyText);
        empty.setAlignment(Pos.CENTER);
        empty.getStyleClass().add("timeline-empty");
        refresh();
        followSelection();
    }

    /** The timeline control itself, for tests and benchmarks. */
    public TripTimeline timeline() {
        return timeline;
    }

    /** How Export PNG… asks for a file (a file chooser by default; tests give a path). */
    public void setPngChooser(BiFunction<Window, String, Optional<Path>> chooser) {
        pngChooser = Objects.requireNonNull(chooser);
    }

    /** The trip on show, if any. */
    public Optional<Trip> trip() {
        return Optional.ofNullable(trips.getValue());
    }

    /** Shows only the people whose ids are not hidden (as unticking them in "Show" does). */
    public void hidePeople(Set<UUID> ids) {
        hidden.clear();
        hidden.addAll(ids);
        refresh();
    }

    private void refresh() {
        Project project = document.project();
        updating = true;
        try {
            Trip current = trips.getValue();
            trips.getItems().setAll(project.trips());
            Trip chosen = current == null ? null : project.trip(current.id()).orElse(null);
            if (chosen == null) {
                chosen = selection.trip().flatMap(project::trip).orElse(project.trips().isEmpty() ? null : project.trips().get(0));
            }
            trips.setValue(chosen);
        } finally {
            updating = false;
        }
        Trip trip = trips.getValue();
        setCenter(trip == null ? empty : timeline);
        fillPeople(project, trip);
        fillZones(project, trip);
        timeline.setTrip(project, trip, hidden, trip == null ? List.of() : conflicts.apply(project, trip));
    }

    private void fillPeople(Project project, Trip trip) {
        List<MenuItem> items = new ArrayList<>();
        MenuItem all = new MenuItem("Everyone");
        all.setOnAction(e -> hidePeople(Set.of()));
        items.add(all);
        items.add(new SeparatorMenuItem());
        if (trip != null) {
            for (UUID id : trip.people()) {
                CheckMenuItem item = new CheckMenuItem(project.personName(id));
                item.setSelected(!hidden.contains(id));
                item.selectedProperty().addListener((o, was, shown) -> {
                    if (shown) {
                        hidden.remove(id);
                    } else {
                        hidden.add(id);
                    }
                    refresh();
                });
                items.add(item);
            }
        }
        people.getItems().setAll(items);
        long shown = trip == null ? 0 : trip.people().stream().filter(id -> !hidden.contains(id)).count();
        people.setText(hidden.isEmpty() ? "Everyone" : shown + " of " + trip.people().size() + " people");
    }

    private void fillZones(Project project, Trip trip) {
        ZoneChoice current = zones.getValue();
        List<ZoneChoice> choices = ZoneChoice.choicesFor(project, trip);
        zones.getItems().setAll(choices);
        zones.setValue(current != null && choices.contains(current) ? current : ZoneChoice.EACH_LANE);
    }

    private void applyZone() {
        ZoneChoice choice = zones.getValue();
        ZoneId zone = choice == null ? null : choice == ZoneChoice.OTHER ? otherZone.getValue() : choice.zone();
        timeline.displayZoneProperty().set(zone);
    }

    private void choose(TripTimeline.Pick pick) {
        Trip trip = trips.getValue();
        if (trip == null) {
            return;
        }
        NodeKey key = NodeKey.item(trip.id(), pick.item().kind(), pick.item().id());
        if (!pick.adding()) {
            selection.selectItems(List.of(key));
            return;
        }
        List<NodeKey> next = new ArrayList<>(selection.items());
        if (!next.remove(key)) {
            next.add(key);
        }
        selection.selectItems(next);
    }

    private void open(Item item) {
        trip().ifPresent(t -> selection.reveal(NodeKey.item(t.id(), item.kind(), item.id())));
    }

    /** Outlines what is selected; an item of another trip brings that trip on show. */
    private void followSelection() {
        List<NodeKey> keys = selection.items();
        Trip trip = trips.getValue();
        UUID wanted = keys.isEmpty() ? selection.trip().orElse(null) : keys.get(0).tripId();
        if (wanted != null && (trip == null || !wanted.equals(trip.id()))) {
            document.project().trip(wanted).ifPresent(trips::setValue);
        }
        Set<UUID> ids = new HashSet<>();
        keys.forEach(k -> ids.add(k.id()));
        timeline.selectedIds().retainAll(ids);
        timeline.selectedIds().addAll(ids);
    }

    private void scrollToNow() {
        Clock clock = timeline.clockProperty().get();
        timeline.showFrom(clock.instant().minus(timeline.visibleSpan().dividedBy(4)));
    }

    /** Saves the timeline as it is on screen as a PNG, named after the trip. */
    void exportPng() {
        Trip trip = trips.getValue();
        String name = (trip == null ? "timeline" : trip.name().replaceAll("[^\\p{L}\\p{N} ._-]", "").strip()) + ".png";
        Optional<Path> file = pngChooser.apply(getScene() == null ? null : getScene().getWindow(), name);
        if (file.isEmpty()) {
            return;
        }
        WritableImage image = timeline.snapshot(null, null);
        try {
            PngFile.write(image, file.get());
            status.accept("Saved the timeline as " + file.get().getFileName() + " (" + (int) image.getWidth() + " × "
                    + (int) image.getHeight() + " pixels).");
        } catch (IOException | RuntimeException e) {
            status.accept("Could not save " + file.get() + ": " + e.getMessage());
        }
    }

    private static Optional<Path> choosePng(Window owner, String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export Timeline as PNG");
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image (*.png)", "*.png"));
        File chosen = chooser.showSaveDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("toolbar-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Button button(String text, String tip, Runnable action, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
