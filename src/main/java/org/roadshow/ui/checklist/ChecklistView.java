package org.roadshow.ui.checklist;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.roadshow.edit.ChecklistEdits;
import org.roadshow.io.pdf.ChecklistPdf;
import org.roadshow.io.pdf.PdfReport;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Project;
import org.roadshow.ui.common.Prompts;
import org.roadshow.ui.print.Printing;
import org.roadshow.model.ChecklistTemplate;
import org.roadshow.plan.checklist.ShippedTemplates;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Trip;
import org.roadshow.ui.common.Pulses;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.document.Selection;

/**
 * The Checklist tab: a trip's checklist items in lists by what they are for (the trip, a booth, a talk, a
 * demo, a journey), each with its progress; filters for one person's, open, late and this week's items.
 * One click on a check box, or the space bar on the selected rows, ticks; rows are dragged to reorder; the
 * field at the end of each list adds to it. Every change is one edit. The selected rows are the shared
 * {@link Selection}'s items, so the sidebar and the Details tab follow.
 */
public final class ChecklistView extends BorderPane {
    /** The height of every row of the list, in pixels. */
    static final double ROW_HEIGHT = 32;
    private final ChecklistViewModel vm;
    private final Selection selection;
    private final ListView<ChecklistLine> list;
    private final ChecklistToolbar toolbar;
    private final VBox empty = new VBox(8);
    private boolean syncing;
    private boolean linesChanging;

    public ChecklistView(Document document, Selection selection, Clock clock) {
        this.vm = new ChecklistViewModel(document, clock);
        this.selection = selection;
        getStyleClass().add("checklist-view");
        getStylesheets().add(Objects.requireNonNull(ChecklistView.class.getResource("checklist.css")).toExternalForm());
        selection.trip().filter(t -> document.project().trip(t).isPresent()).ifPresent(vm.tripIdProperty()::set);

        // Lines coming or going make the list's selection model move or drop selected positions; that is not
        // the user choosing other items, so it stays out of the shared selection. This listener runs before the
        // list's own (added later), the one below after it, when the rows are selected again by id.
        vm.lines().addListener((ListChangeListener<ChecklistLine>) c -> linesChanging = true);
        list = new ListView<>(vm.lines());
        list.setId("checklist");
        list.getStyleClass().add("checklist-list");
        list.setCellFactory(l -> new ChecklistCell(this));
        // Every row is as tall (checklist.css fits headings, items and fields to it): a changed row then does not
        // make the list measure its rows again, which in a list of thousands costs more than the change itself.
        list.setFixedCellSize(ROW_HEIGHT);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        list.getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) c -> toSelection());
        // only lines coming or going move rows to other positions; a row changed in its line keeps its place
        vm.lines().addListener((ListChangeListener<ChecklistLine>) c -> {
            linesChanging = false;
            fromSelection();
        });
        selection.items().addListener((ListChangeListener<NodeKey>) c -> fromSelection());
        selection.keyProperty().addListener((o, was, now) -> followTrip(now));

        toolbar = new ChecklistToolbar(vm);
        Button templates = new Button("Templates…");
        templates.setId("checklist-templates");
        templates.setOnAction(e -> showTemplates());
        toolbar.addActions(templates);
        Label title = new Label("No trips yet");
        title.getStyleClass().add("empty-title");
        Label hint = new Label("Add a trip with Trip › New Trip; its checklist of what to bring and do shows here.");
        hint.getStyleClass().add("empty-hint");
        hint.setWrapText(true);
        empty.getChildren().addAll(title, hint);
        empty.setAlignment(Pos.CENTER);
        empty.setPadding(new Insets(40));
        StackPane center = new StackPane(list, empty);
        Label keys = new Label("Click a box or press Space to tick the selected items · drag a row, or press Alt+↑ / Alt+↓, "
                + "to move it · type in a list's last line and press Enter to add");
        keys.getStyleClass().add("keys-hint");
        keys.setMaxWidth(Double.MAX_VALUE);
        keys.visibleProperty().bind(list.visibleProperty());
        setTop(toolbar);
        setCenter(center);
        setBottom(keys);
        vm.tripIdProperty().addListener(o -> updateEmpty());
        updateEmpty();
        fromSelection();
    }

    /** The team's templates to rename, change or delete, beside the shipped ones; a window beside the tab. */
    private void showTemplates() {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Checklist templates");
        dialog.setHeaderText(null);
        dialog.getDialogPane().setContent(new TemplateEditor(vm.document()));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
        }
        dialog.show();
    }

    private void updateEmpty() {
        boolean none = vm.trip().isEmpty();
        empty.setVisible(none);
        list.setVisible(!none);
        toolbar.setDisable(none);
    }

    public ChecklistViewModel viewModel() {
        return vm;
    }

    ListView<ChecklistLine> list() {
        return list;
    }

    ChecklistToolbar toolbar() {
        return toolbar;
    }

    /**
     * Adds Print… and Save PDF… for the trip's checklist as shown (everyone's, or the chosen person's). Where no
     * printer is set up, {@code printing} says so and offers the PDF.
     */
    public void enablePrinting(Printing printing, Prompts prompts, Supplier<Path> folder) {
        Button print = new Button("Print…");
        print.setId("checklist-print");
        Button pdf = new Button("Save PDF…");
        pdf.setId("checklist-pdf");
        Runnable savePdf = () -> {
            UUID trip = vm.tripIdProperty().get();
            UUID person = vm.personProperty().get();
            Project project = vm.document().project();
            String name = ChecklistPdf.title(project, trip, person).replaceAll("[\\\\/:*?\"<>|]", "-") + ".pdf";
            prompts.chooseFileToSave(folder.get(), name).ifPresent(file -> {
                try {
                    new PdfReport(printing.options().setup(), ChecklistPdf.title(project, trip, person),
                            LocalDate.now(vm.clock()), Locale.getDefault())
                            .save(file, ChecklistPdf.body(project, trip, person, vm.clock().instant(), vm.clock().getZone()));
                } catch (IOException e) {
                    prompts.error("The PDF could not be saved", e.getMessage());
                }
            });
        };
        pdf.setOnAction(e -> savePdf.run());
        print.setOnAction(e -> printing.print(new ChecklistPrintSource(vm.document().project(), vm.tripIdProperty().get(),
                vm.personProperty().get(), vm.clock().instant(), vm.clock().getZone()), options -> savePdf.run()));
        toolbar.addActions(print, pdf);
    }

    /** Space ticks the selected items (unticks them when all are done); Alt+Up/Down moves the selected item. */
    private void key(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        if (e.getCode() == KeyCode.SPACE && !e.isShortcutDown()) {
            vm.toggle(selectedItems());
            e.consume();
        } else if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            moveSelected(e.getCode() == KeyCode.UP);
            e.consume();
        }
    }

    private void moveSelected(boolean up) {
        List<ChecklistItem> items = selectedItems();
        if (items.size() != 1) {
            return;
        }
        List<ChecklistRow.Entry> entries = vm.entries();
        int i = 0;
        while (i < entries.size() && !entries.get(i).item().id().equals(items.get(0).id())) {
            i++;
        }
        ChecklistRow.Entry me = entries.get(i);
        if (up && i > 0 && entries.get(i - 1).group().equals(me.group())) {
            vm.move(me.item().id(), entries.get(i - 1).item().id(), me.group());
        } else if (!up && i + 1 < entries.size() && entries.get(i + 1).group().equals(me.group())) {
            UUID after = i + 2 < entries.size() && entries.get(i + 2).group().equals(me.group())
                    ? entries.get(i + 2).item().id() : null;
            vm.move(me.item().id(), after, me.group());
        }
    }

    List<ChecklistItem> selectedItems() {
        List<ChecklistItem> out = new ArrayList<>();
        for (ChecklistLine line : list.getSelectionModel().getSelectedItems()) {
            if (line != null && line.row() instanceof ChecklistRow.Entry e) {
                out.add(e.item());
            }
        }
        return out;
    }

    /** A dragged item dropped on a row: before an item, at the end of a list (its field), or first (its heading). */
    void dropped(UUID item, ChecklistRow target) {
        if (target instanceof ChecklistRow.Entry e) {
            vm.move(item, e.item().id(), e.group());
        } else if (target instanceof ChecklistRow.Add a) {
            vm.move(item, null, a.group());
        } else if (target instanceof ChecklistRow.Header h) {
            UUID first = vm.trip().stream().flatMap(t -> t.items(ChecklistItem.class).stream())
                    .filter(c -> Objects.equals(owner(c), h.group().owner())).map(ChecklistItem::id)
                    .findFirst().orElse(null);
            vm.move(item, first, h.group());
        }
    }

    private UUID owner(ChecklistItem c) {
        Optional<Trip> trip = vm.trip();
        return c.linkedItem() != null && trip.flatMap(t -> t.item(c.linkedItem())).isPresent() ? c.linkedItem() : null;
    }

    /** Adds what was typed to the list and keeps the keyboard in that list's field for the next item. */
    void add(ChecklistRow.Group group, String text) {
        if (vm.add(group, text).isEmpty()) {
            return;
        }
        int at = vm.rows().indexOf(new ChecklistRow.Add(group));
        if (at >= 0 && getScene() != null) {
            list.scrollTo(Math.max(0, at - 8));
            // once the list has laid out the new rows, the field may sit in another cell
            Pulses.afterNextPulse(getScene(), () -> addField(group).ifPresent(TextField::requestFocus));
        }
    }

    /** The field at the end of {@code group}'s list, if a cell shows it. */
    Optional<TextField> addField(ChecklistRow.Group group) {
        for (javafx.scene.Node n : list.lookupAll(".checklist-add")) {
            if (n instanceof ChecklistCell c && c.isVisible() && c.row() instanceof ChecklistRow.Add a
                    && a.group().equals(group)) {
                return Optional.of(c.addField());
            }
        }
        return Optional.empty();
    }

    /**
     * What a list's ⋯ menu offers: add a template's entries (shipped ones and the team's; those already on the
     * list are not added again), save the list as a template of the team's, open what it is for in Details.
     */
    List<MenuItem> listMenu(ChecklistRow.Group group) {
        List<MenuItem> items = new ArrayList<>();
        Trip trip = vm.trip().orElse(null);
        if (trip == null) {
            return items;
        }
        Menu apply = new Menu("Add from template");
        List<ChecklistTemplate> templates = new ArrayList<>(ShippedTemplates.all());
        templates.addAll(vm.document().project().templates());
        for (ChecklistTemplate t : templates) {
            int missing = ChecklistEdits.missingEntries(trip, group.owner(), t).size();
            MenuItem m = new MenuItem(t.name() + (missing == 0 ? " (all on this list)" : " (" + missing + " new)"));
            m.setDisable(missing == 0);
            m.setOnAction(e -> vm.document().apply(ChecklistEdits.applyTemplate(group.tripId(), group.owner(), t)));
            apply.getItems().add(m);
            if (t == ShippedTemplates.all().get(ShippedTemplates.all().size() - 1) && templates.size() > ShippedTemplates.all().size()) {
                apply.getItems().add(new SeparatorMenuItem());
            }
        }
        MenuItem save = new MenuItem("Save this list as a template…");
        save.setDisable(ChecklistEdits.listOf(trip, group.owner()).isEmpty());
        save.setOnAction(e -> askTemplateName(listTitle(group)).ifPresent(name ->
                vm.document().apply(ChecklistEdits.saveAsTemplate(group.tripId(), group.owner(), name))));
        MenuItem details = new MenuItem(group.owner() == null ? "Open the trip in Details" : "Open in Details");
        details.setOnAction(e -> selection.reveal(group.owner() == null ? NodeKey.trip(group.tripId())
                : trip.item(group.owner()).map(i -> NodeKey.item(group.tripId(), i.kind(), i.id()))
                        .orElse(NodeKey.trip(group.tripId()))));
        items.addAll(List.of(apply, save, new SeparatorMenuItem(), details));
        return items;
    }

    private String listTitle(ChecklistRow.Group group) {
        for (ChecklistRow r : vm.rows()) {
            if (r instanceof ChecklistRow.Header h && h.group().equals(group)) {
                return group.owner() == null ? h.kind() : h.title();
            }
        }
        return "";
    }

    private Optional<String> askTemplateName(String suggestion) {
        TextInputDialog ask = new TextInputDialog(suggestion);
        ask.setTitle("Save as template");
        ask.setHeaderText("Save this list as a template of the team's");
        ask.setContentText("Name");
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        return ask.showAndWait().map(String::strip).filter(n -> !n.isEmpty());
    }

    private void toSelection() {
        if (syncing || linesChanging) {
            return;
        }
        List<ChecklistItem> items = selectedItems();
        if (items.isEmpty()) {
            return;
        }
        UUID trip = vm.tripIdProperty().get();
        syncing = true;
        try {
            selection.selectItems(items.stream().map(c -> NodeKey.item(trip, ItemKind.CHECKLIST, c.id())).toList());
        } finally {
            syncing = false;
        }
    }

    /** Selects the rows of the shared selection's items: after the rows change, or when another view selects. */
    private void fromSelection() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            Set<UUID> ids = new HashSet<>();
            for (NodeKey key : selection.items()) {
                ids.add(key.id());
            }
            List<ChecklistLine> lines = vm.lines();
            List<Integer> wanted = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).row() instanceof ChecklistRow.Entry e && ids.contains(e.item().id())) {
                    wanted.add(i);
                }
            }
            List<Integer> now = List.copyOf(list.getSelectionModel().getSelectedIndices());
            if (!now.equals(wanted)) {
                list.getSelectionModel().clearSelection();
                for (int i : wanted) {
                    list.getSelectionModel().select(i);
                }
            }
            if (!wanted.isEmpty() && list.getFocusModel().getFocusedIndex() != wanted.get(0)) {
                list.getFocusModel().focus(wanted.get(0));
            }
        } finally {
            syncing = false;
        }
    }

    /** When the sidebar moves to another trip, show that trip's checklist. */
    private void followTrip(NodeKey key) {
        UUID trip = key.tripId();
        if (trip != null && !trip.equals(vm.tripIdProperty().get()) && vm.document().project().trip(trip).isPresent()) {
            vm.tripIdProperty().set(trip);
        }
    }
}
