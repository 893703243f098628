package org.roadshow.ui.sidebar;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import org.roadshow.model.Project;
import org.roadshow.ui.command.EditCommands;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.document.Selection;

/**
 * The sidebar: Project, People, then each trip with its kind groups and items. It is rebuilt from the
 * project snapshot after every change; the selection and what the user collapsed are kept by key.
 */
public final class ProjectTree extends TreeView<ProjectTree.Entry> {
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

    private final Selection selection;
    private final Map<NodeKey, TreeItem<Entry>> byKey = new HashMap<>();
    private final Set<NodeKey> collapsed = new HashSet<>();
    private boolean rebuilding;

    public ProjectTree(Selection selection, EditCommands commands) {
        this.selection = selection;
        getStyleClass().add("project-tree");
        setShowRoot(true);
        setCellFactory(v -> new EntryCell(commands));
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            TreeItem<Entry> row = getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && row != null && row.getValue().done() != null) {
                commands.tick(row.getValue().key(), !row.getValue().done()); // space ticks a checklist row
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
            }
        });
    }

    public void rebuild(Project project) {
        rebuilding = true;
        try {
            byKey.clear();
            setRoot(item(SidebarNode.of(project)));
        } finally {
            rebuilding = false;
        }
        select(selection.get());
    }

    private TreeItem<Entry> item(SidebarNode row) {
        TreeItem<Entry> item = node(row.entry());
        for (SidebarNode child : row.children()) {
            item.getChildren().add(item(child));
        }
        return item;
    }

    private TreeItem<Entry> node(Entry entry) {
        TreeItem<Entry> item = new TreeItem<>(entry);
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
        TreeItem<Entry> item = byKey.get(key);
        if (item == null) {
            return;
        }
        for (TreeItem<Entry> p = item.getParent(); p != null; p = p.getParent()) {
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

    public TreeItem<Entry> itemFor(NodeKey key) {
        return byKey.get(key);
    }

    private static final class EntryCell extends TreeCell<Entry> {
        private static final List<String> CLASSES = List.of("tree-project", "tree-people", "tree-person",
                "tree-trip", "tree-group", "tree-item", "tree-empty-group");
        private final Label count = new Label();
        private final CheckBox tick = new CheckBox();

        EntryCell(EditCommands commands) {
            tick.getStyleClass().add("tree-tick");
            tick.setFocusTraversable(false);
            tick.setOnAction(e -> {
                Entry entry = getItem();
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

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll(CLASSES);
            if (empty || entry == null) {
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
