package org.roadshow.ui.checklist;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Item;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.checklist.ChecklistFilter;
import org.roadshow.ui.sidebar.SidebarLabels;

/**
 * The Checklist tab's toolbar: which trip, whose items ("Everyone" or one person), the Open / Late / Due this
 * week filters, the trip's overall progress, and "Start a list for…" an item that has no list yet.
 */
final class ChecklistToolbar extends VBox {
    /** Stands for "everyone" in the person box, which cannot hold null. */
    static final UUID EVERYONE = new UUID(0, 0);
    private static final Set<ItemKind> LIST_OWNERS = Set.of(ItemKind.TALK, ItemKind.BOOTH, ItemKind.DEMO,
            ItemKind.TRAVEL, ItemKind.MEETING, ItemKind.CONFERENCE);

    private final ChecklistViewModel vm;
    private final ComboBox<UUID> trip = new ComboBox<>();
    private final ComboBox<UUID> person = new ComboBox<>();
    private final Label overall = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final MenuButton startList = new MenuButton("Start a list for");
    private final HBox actions;

    ChecklistToolbar(ChecklistViewModel vm) {
        this.vm = vm;
        getStyleClass().add("checklist-toolbar");
        trip.setId("checklist-trip");
        trip.setItems(vm.trips());
        nameCells(trip, id -> vm.document().project().trip(id).map(Trip::name).orElse(""));
        trip.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.tripIdProperty().set(now);
            }
        });
        vm.tripIdProperty().addListener((o, was, now) -> trip.setValue(now));
        vm.trips().addListener((ListChangeListener<UUID>) c -> trip.setValue(vm.tripIdProperty().get()));
        trip.setValue(vm.tripIdProperty().get());

        person.setId("checklist-person");
        nameCells(person, id -> id.equals(EVERYONE) ? "Everyone" : vm.document().project().personName(id));
        person.valueProperty().addListener((o, was, now) ->
                vm.personProperty().set(now == null || now.equals(EVERYONE) ? null : now));
        vm.personProperty().addListener((o, was, now) -> person.setValue(now == null ? EVERYONE : now));
        ToggleButton open = toggle("Open", "checklist-open", vm.openProperty());
        ToggleButton late = toggle("Late", "checklist-late", vm.lateProperty());
        ToggleButton week = toggle("Due this week", "checklist-week", vm.thisWeekProperty());
        HBox filters = new HBox(0, open, late, week);
        filters.getStyleClass().add("segmented");

        overall.setId("checklist-overall");
        overall.getStyleClass().add("overall");
        overall.setMinWidth(Region.USE_PREF_SIZE);
        progress.setId("checklist-progress");
        progress.setPrefWidth(140);
        startList.setId("checklist-start-list");
        startList.setOnShowing(e -> startList.getItems().setAll(startListItems()));

        trip.setMaxWidth(320);
        for (ToggleButton b : List.of(open, late, week)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox first = row(label("Trip"), trip, label("Whose"), person, filters);
        actions = row(startList, grow(), overall, progress);
        getChildren().addAll(first, actions);
        setSpacing(8);
        setPadding(new Insets(8, 10, 8, 10));

        vm.document().projectProperty().addListener(o -> fillPeople());
        vm.countsProperty().addListener((o, was, now) -> showCounts(now));
        fillPeople();
        showCounts(vm.countsProperty().get());
    }

    /** Adds buttons (print, templates) to the second row, before the keyboard hint. */
    void addActions(Node... nodes) {
        actions.getChildren().addAll(1, List.of(nodes));
    }

    private void fillPeople() {
        UUID keep = vm.personProperty().get();
        List<UUID> ids = new java.util.ArrayList<>();
        ids.add(EVERYONE);
        vm.people().stream().map(Person::id).forEach(ids::add);
        if (!person.getItems().equals(ids)) {
            person.getItems().setAll(ids);
        }
        person.setValue(keep == null ? EVERYONE : keep);
    }

    private void showCounts(ChecklistRows.Result r) {
        if (r == null) {
            overall.setText("");
            progress.setProgress(0);
            return;
        }
        ChecklistFilter f = vm.filter();
        boolean filtered = f.person() != null || f.openOnly() || f.lateOnly() || f.thisWeekOnly();
        String shown = filtered ? " · " + r.shown() + " shown" : "";
        overall.setText(r.total() == 0 ? "No items yet" : r.done() + " of " + r.total() + " done" + shown);
        progress.setProgress(r.total() == 0 ? 0 : (double) r.done() / r.total());
    }

    /** The trip's talks, booths, demos, journeys and meetings that have no list yet. */
    private List<MenuItem> startListItems() {
        Project project = vm.document().project();
        Trip t = vm.trip().orElse(null);
        if (t == null) {
            return List.of();
        }
        Set<UUID> owners = t.items(ChecklistItem.class).stream().map(ChecklistItem::linkedItem)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        List<MenuItem> items = new java.util.ArrayList<>();
        for (Item item : SidebarLabels.sorted(t.items())) {
            if (LIST_OWNERS.contains(item.kind()) && !owners.contains(item.id())) {
                MenuItem m = new MenuItem(item.kind().singular() + ": " + SidebarLabels.label(item, project));
                m.setOnAction(e -> vm.startList(item.id()));
                items.add(m);
            }
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem("Every item of this trip has a list");
            none.setDisable(true);
            items.add(none);
        }
        return items;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static ToggleButton toggle(String text, String id, javafx.beans.property.BooleanProperty value) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.selectedProperty().bindBidirectional(value);
        return b;
    }

    private static HBox row(Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Region grow() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return gap;
    }

    private static void nameCells(ComboBox<UUID> box, Function<UUID, String> name) {
        box.setCellFactory(l -> new NameCell(name));
        box.setButtonCell(new NameCell(name));
    }

    private static final class NameCell extends ListCell<UUID> {
        private final Function<UUID, String> name;

        NameCell(Function<UUID, String> name) {
            this.name = name;
        }

        @Override
        protected void updateItem(UUID id, boolean empty) {
            super.updateItem(id, empty);
            setText(empty || id == null ? null : name.apply(id));
        }
    }
}
