package org.roadshow.ui.sidebar;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import org.roadshow.model.Project;
import org.roadshow.ui.command.EditCommands;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.document.Selection;

/**
 * The sidebar: Project, People, then each trip with its kind groups and items. It follows the project
 * snapshot after every change, changing only the rows that changed; the selection and what the user
 * collapsed are kept by key. A row
 * cut short by the sidebar's width shows its whole text in a tooltip; right-click (or Shift+F10, or the
 * menu key) opens the row's menu ({@link SidebarMenu}).
 */
public final class ProjectTree extends TreeView<ProjectTree.Row> {
    /**
     * One row: what it names, its text, for groups how many items they hold (else -1), and for a checklist item
     * whether it is done (else null), shown as a check box that ticks it.
     */
    public record Entry(NodeKey key, String label, int count, Boolean done) {
        public Entry(NodeKey key, String label, int count) {
            this(key, label, count, null);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * A tree row's value: it stays the same object while its entry changes. A TreeView rebuilds every visible
     * cell when a TreeItem's value changes (TreeViewSkin, on valueChangedEvent); a changed entry here repaints
     * only the cell showing it.
     */
    public static final class Row {
        private final javafx.beans.property.ReadOnlyObjectWrapper<Entry> entry;

        Row(Entry entry) {
            this.entry = new javafx.beans.property.ReadOnlyObjectWrapper<>(entry);
        }

        public Entry entry() {
            return entry.get();
        }

        public javafx.beans.property.ReadOnlyObjectProperty<Entry> entryProperty() {
            return entry.getReadOnlyProperty();
        }

        public NodeKey key() {
            return entry.get().key();
        }

        public String label() {
            return entry.get().label();
        }

        public Boolean done() {
            return entry.get().done();
        }

        @Override
        public String toString() {
            return entry.get().label();
        }
    }

    private final Selection selection;
    private final SidebarMenu menus;
    private ContextMenu shownMenu;
    private final Map<NodeKey, TreeItem<Row>> byKey = new HashMap<>();
    private final Set<NodeKey> collapsed = new HashSet<>();
    private boolean rebuilding;

    public ProjectTree(Document document, Selection selection, EditCommands commands) {
        this.selection = selection;
        this.menus = new SidebarMenu(document, commands);
        getStyleClass().add("project-tree");
        setShowRoot(true);
        setCellFactory(v -> new EntryCell(commands));
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            TreeItem<Row> row = getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && row != null && row.getValue().entry().done() != null) {
                Entry entry = row.getValue().entry();
                commands.tick(entry.key(), !entry.done()); // space ticks a checklist row
                e.consume();
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!rebuilding && now != null) {
                selection.reveal(now.getValue().key());
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                commands.deleteSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown()) {
                javafx.geometry.Point2D at = selectedRowCorner();
                showMenu(at.getX(), at.getY());
                e.consume();
            }
        });
        setOnContextMenuRequested(e -> {
            if (e.getPickResult().getIntersectedNode() != null) {
                rowUnder(e.getPickResult().getIntersectedNode()).ifPresent(this::selectForMenu);
            }
            showMenu(e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    private static java.util.Optional<Row> rowUnder(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n instanceof EntryCell cell) {
                return java.util.Optional.ofNullable(cell.getItem());
            }
        }
        return java.util.Optional.empty();
    }

    /** A right-click selects the row it is on, so that the menu's commands act on it. */
    private void selectForMenu(Row row) {
        if (!row.key().equals(selection.get())) {
            selection.reveal(row.key());
        }
    }

    private void showMenu(double screenX, double screenY) {
        if (shownMenu != null) {
            shownMenu.hide();
        }
        shownMenu = menuForSelection();
        shownMenu.show(this, screenX, screenY);
    }

    /** Where a menu opened from the keyboard goes: under the selected row's text, else the sidebar's corner. */
    private javafx.geometry.Point2D selectedRowCorner() {
        for (javafx.scene.Node n : lookupAll(".tree-cell")) {
            if (n instanceof EntryCell cell && cell.isSelected() && cell.getItem() != null) {
                return cell.localToScreen(24, cell.getHeight());
            }
        }
        return localToScreen(24, 24);
    }

    /** The menu for the selected row, as a right-click on it opens it. */
    public ContextMenu menuForSelection() {
        return menus.menuFor(selection.get());
    }

    /**
     * Shows {@code project}: rows whose key stays keep their TreeItem, a row whose text, count or tick changed
     * gets its new value, and a row's children are replaced only where their keys changed. A tick in a list of
     * 2,000 items then changes one row, not the whole tree (which the TreeView would lay out again).
     */
    public void rebuild(Project project) {
        rebuilding = true;
        try {
            SidebarNode top = SidebarNode.of(project);
            TreeItem<Row> root = getRoot();
            if (root == null || !root.getValue().key().equals(top.entry().key())) {
                byKey.clear();
                setRoot(item(top));
            } else {
                Map<NodeKey, TreeItem<Row>> before = new HashMap<>(byKey);
                byKey.clear();
                update(root, top, before);
            }
        } finally {
            rebuilding = false;
        }
        select(selection.get());
    }

    /** Brings {@code item} (showing the same key as {@code row}) and its children up to date, reusing rows by key. */
    private void update(TreeItem<Row> item, SidebarNode row, Map<NodeKey, TreeItem<Row>> before) {
        if (!item.getValue().entry().equals(row.entry())) {
            item.getValue().entry.set(row.entry());
        }
        byKey.put(row.entry().key(), item);
        List<TreeItem<Row>> children = new java.util.ArrayList<>(row.children().size());
        boolean same = item.getChildren().size() == row.children().size();
        for (SidebarNode child : row.children()) {
            TreeItem<Row> kept = before.get(child.entry().key());
            TreeItem<Row> next;
            if (kept != null && kept.getParent() == item) {
                update(kept, child, before);
                next = kept;
            } else {
                next = item(child);
            }
            same = same && item.getChildren().get(children.size()) == next;
            children.add(next);
        }
        if (!same) {
            item.getChildren().setAll(children);
        }
    }

    private TreeItem<Row> item(SidebarNode row) {
        TreeItem<Row> item = node(row.entry());
        for (SidebarNode child : row.children()) {
            item.getChildren().add(item(child));
        }
        return item;
    }

    private TreeItem<Row> node(Entry entry) {
        TreeItem<Row> item = new TreeItem<>(new Row(entry));
        item.setExpanded(!collapsed.contains(entry.key()));
        item.expandedProperty().addListener((o, was, now) -> {
            if (!rebuilding) {
                if (now) {
                    collapsed.remove(entry.key());
                } else {
                    collapsed.add(entry.key());
                }
            }
        });
        byKey.put(entry.key(), item);
        return item;
    }

    /** Selects the row for the key (expanding its parents) without announcing it back to the selection. */
    public void select(NodeKey key) {
        TreeItem<Row> item = byKey.get(key);
        if (item == null) {
            return;
        }
        for (TreeItem<Row> p = item.getParent(); p != null; p = p.getParent()) {
            p.setExpanded(true);
        }
        if (getSelectionModel().getSelectedItem() != item) {
            rebuilding = true;
            try {
                getSelectionModel().select(item);
            } finally {
                rebuilding = false;
            }
            scrollIntoView(getRow(item));
        }
    }

    /** Scrolls only when the row is out of sight, so the sidebar does not jump under the user's pointer. */
    private void scrollIntoView(int row) {
        if (row < 0) {
            return;
        }
        if (lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null
                && flow.getLastVisibleCell() != null) {
            int first = flow.getFirstVisibleCell().getIndex();
            int last = flow.getLastVisibleCell().getIndex();
            if (row > first && row < last) {
                return;
            }
        }
        scrollTo(Math.max(0, row - 3));
    }

    public TreeItem<Row> itemFor(NodeKey key) {
        return byKey.get(key);
    }

    private static final class EntryCell extends TreeCell<Row> {
        private static final List<String> CLASSES = List.of("tree-project", "tree-people", "tree-person",
                "tree-trip", "tree-group", "tree-item", "tree-empty-group");
        private final Label count = new Label();
        private final CheckBox tick = new CheckBox();
        /** One per cell, its text changed as the cell shows other rows: a Tooltip is a popup control, costly to make. */
        private final Tooltip whole = new Tooltip();
        /** The row shown, whose entry this cell follows. */
        private Row watched;
        private final javafx.beans.InvalidationListener onEntry = o -> show(watched == null ? null : watched.entry());

        EntryCell(EditCommands commands) {
            tick.getStyleClass().add("tree-tick");
            tick.setFocusTraversable(false);
            tick.setOnAction(e -> {
                Entry entry = getItem() == null ? null : getItem().entry();
                if (entry != null && entry.done() != null) {
                    tick.setSelected(entry.done()); // the edit rebuilds the row; undo shows it again
                    commands.tick(entry.key(), !entry.done());
                }
            });
            count.getStyleClass().add("tree-count");
            setContentDisplay(ContentDisplay.RIGHT);
            setGraphicTextGap(8);
            setPrefWidth(0); // fit the sidebar's width and shorten long labels with "…" rather than scroll sideways
        }

        /** Shows the whole label in a tooltip when the sidebar's width cuts it short with "…", and only then. */
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            String full = getText();
            boolean cut = false;
            if (full != null && !full.isEmpty()) {
                for (javafx.scene.Node child : getChildrenUnmodifiable()) {
                    if (child instanceof Text shown && child.isVisible() && !full.equals(shown.getText())) {
                        cut = true;
                    }
                }
            }
            if (cut) {
                whole.setText(full);
                if (getTooltip() != whole) {
                    setTooltip(whole);
                }
            } else if (getTooltip() != null) {
                setTooltip(null);
            }
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            if (watched != null) {
                watched.entryProperty().removeListener(onEntry);
            }
            watched = empty ? null : row;
            if (watched != null) {
                watched.entryProperty().addListener(onEntry);
            }
            show(empty || row == null ? null : row.entry());
        }

        /** The row's entry as this cell shows it: text, kind's style class, count or tick box. */
        private void show(Entry entry) {
            getStyleClass().removeAll(CLASSES);
            if (entry == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(entry.label());
            getStyleClass().add("tree-" + entry.key().type().name().toLowerCase(java.util.Locale.ROOT));
            setContentDisplay(entry.done() != null ? ContentDisplay.LEFT : ContentDisplay.RIGHT);
            if (entry.done() != null) {
                tick.setSelected(entry.done());
                setGraphic(tick);
            } else if (entry.count() >= 0) {
                count.setText(Integer.toString(entry.count()));
                setGraphic(count);
                if (entry.count() == 0 && entry.key().type() == NodeKey.Type.GROUP) {
                    getStyleClass().add("tree-empty-group");
                }
            } else {
                setGraphic(null);
            }
        }
    }
}
