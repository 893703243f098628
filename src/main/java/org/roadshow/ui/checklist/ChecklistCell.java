package org.roadshow.ui.checklist;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A row of the Checklist tab: a list's heading (what it is for, progress, a menu), an item (a check box
 * that ticks it with one click, its text, when it is due, who does it), or the field that adds to a list.
 * Items are dragged by their row to move them; a drop on an item puts the dragged one before it.
 */
final class ChecklistCell extends ListCell<ChecklistLine> {
    static final DataFormat ITEM_ID = new DataFormat("application/x-roadshow-checklist-item");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass LATE = PseudoClass.getPseudoClass("late");
    private static final PseudoClass DROP = PseudoClass.getPseudoClass("drop-target");
    private static final List<String> KINDS = List.of("checklist-header", "checklist-entry", "checklist-add");

    private final ChecklistView view;
    private HBox headerBox;
    private Label headerTitle;
    private Label headerKind;
    private Label headerCount;
    private ProgressBar headerProgress;
    private MenuButton headerMenu;
    private HBox entryBox;
    private CheckBox check;
    private Label text;
    private Label due;
    private Label assignee;
    private final Tooltip dueTip = new Tooltip();
    private HBox addBox;
    private TextField addField;
    /** The line shown, followed so that a changed row redraws this cell alone (see {@link ChecklistLine}). */
    private ChecklistLine line;
    private final ChangeListener<ChecklistRow> rowChanged = (o, was, now) -> show(now);

    ChecklistCell(ChecklistView view) {
        this.view = view;
        setOnDragDetected(e -> {
            if (row() instanceof ChecklistRow.Entry entry && !view.viewModel().document().isReadOnly()) {
                Dragboard board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(ITEM_ID, entry.item().id().toString());
                board.setContent(content);
                e.consume();
            }
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasContent(ITEM_ID) && getItem() != null) {
                e.acceptTransferModes(TransferMode.MOVE);
                pseudoClassStateChanged(DROP, true);
                e.consume();
            }
        });
        setOnDragExited(e -> pseudoClassStateChanged(DROP, false));
        setOnDragDropped(e -> {
            Object id = e.getDragboard().getContent(ITEM_ID);
            if (id instanceof String s && getItem() != null) {
                view.dropped(UUID.fromString(s), row());
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    @Override
    protected void updateItem(ChecklistLine item, boolean empty) {
        super.updateItem(item, empty);
        ChecklistLine next = empty ? null : item;
        if (next != line) {
            if (line != null) {
                line.rowProperty().removeListener(rowChanged);
            }
            line = next;
            if (line != null) {
                line.rowProperty().addListener(rowChanged);
            }
        }
        show(line == null ? null : line.row());
    }

    /** The row this cell shows now; null for an empty cell. */
    ChecklistRow row() {
        return line == null ? null : line.row();
    }

    private void show(ChecklistRow row) {
        kind(row == null ? null : row instanceof ChecklistRow.Header ? KINDS.get(0)
                : row instanceof ChecklistRow.Entry ? KINDS.get(1) : KINDS.get(2));
        pseudoClassStateChanged(DONE, false);
        pseudoClassStateChanged(LATE, false);
        setText(null);
        if (row == null) {
            setGraphic(null);
            return;
        }
        if (row instanceof ChecklistRow.Header h) {
            showHeader(h);
        } else if (row instanceof ChecklistRow.Entry e) {
            showEntry(e);
        } else if (row instanceof ChecklistRow.Add a) {
            showAdd(a);
        }
    }

    /**
     * Gives the cell the style class of its kind of row. Only when the kind changes: a changed style class makes
     * JavaFX restyle the whole cell, which ticking one item in a long list would otherwise pay for every cell.
     */
    private void kind(String styleClass) {
        if (styleClass != null && getStyleClass().contains(styleClass)) {
            return;
        }
        getStyleClass().removeAll(KINDS);
        if (styleClass != null) {
            getStyleClass().add(styleClass);
        }
    }

    private void showHeader(ChecklistRow.Header h) {
        if (headerBox == null) {
            headerTitle = new Label();
            headerTitle.getStyleClass().add("list-title");
            headerTitle.setMinWidth(0);
            headerKind = new Label();
            headerKind.getStyleClass().add("list-kind");
            headerKind.setMinWidth(Region.USE_PREF_SIZE);
            headerCount = new Label();
            headerCount.getStyleClass().add("list-count");
            headerCount.setMinWidth(Region.USE_PREF_SIZE);
            headerProgress = new ProgressBar();
            headerProgress.getStyleClass().add("list-progress");
            headerProgress.setPrefWidth(90);
            headerMenu = new MenuButton("⋯");
            headerMenu.getStyleClass().add("list-menu");
            headerMenu.setFocusTraversable(false);
            headerMenu.setOnShowing(e -> {
                if (row() instanceof ChecklistRow.Header current) {
                    headerMenu.getItems().setAll(view.listMenu(current.group()));
                }
            });
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            headerBox = new HBox(8, headerTitle, headerKind, gap, headerCount, headerProgress, headerMenu);
            headerBox.setAlignment(Pos.CENTER_LEFT);
        }
        headerTitle.setText(h.title());
        headerKind.setText(h.kind());
        headerCount.setText(h.total() == 0 ? "nothing yet" : h.done() + " of " + h.total() + " done");
        headerProgress.setProgress(h.total() == 0 ? 0 : (double) h.done() / h.total());
        headerMenu.setDisable(view.viewModel().document().isReadOnly());
        setGraphic(headerBox);
    }

    private void showEntry(ChecklistRow.Entry e) {
        if (entryBox == null) {
            check = new CheckBox();
            check.setFocusTraversable(false); // the list keeps the keyboard, so space ticks the selected rows
            check.getStyleClass().add("tick");
            check.setOnAction(a -> {
                if (row() instanceof ChecklistRow.Entry current) {
                    check.setSelected(current.item().done()); // the edit sets it; undo sets it back
                    view.viewModel().toggle(List.of(current.item()));
                }
            });
            text = new Label();
            text.getStyleClass().add("item-text");
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            due = new Label();
            due.getStyleClass().add("item-due");
            due.setMinWidth(Region.USE_PREF_SIZE);
            assignee = new Label();
            assignee.getStyleClass().add("item-assignee");
            assignee.setMinWidth(Region.USE_PREF_SIZE);
            entryBox = new HBox(8, check, text, due, assignee);
            entryBox.setAlignment(Pos.CENTER_LEFT);
        }
        pseudoClassStateChanged(DONE, e.item().done());
        pseudoClassStateChanged(LATE, e.late());
        check.setSelected(e.item().done());
        check.setDisable(view.viewModel().document().isReadOnly());
        text.setText(e.item().text().isBlank() ? "(untitled)" : e.item().text());
        due.setText(dueText(e, view.viewModel().today()));
        due.setVisible(e.due() != null);
        due.setManaged(e.due() != null);
        dueTip.setText("Due " + e.dueSentence()); // one tooltip per cell: making one per update is costly
        if (due.getTooltip() == null) {
            due.setTooltip(dueTip);
        }
        assignee.setText(e.assignee() == null ? "" : e.assignee());
        assignee.setVisible(e.assignee() != null);
        assignee.setManaged(e.assignee() != null);
        setGraphic(entryBox);
    }

    /** "Due Sat 28 Jan", or for a late item how late: "3 days late · Sat 28 Jan". */
    static String dueText(ChecklistRow.Entry e, LocalDate today) {
        if (e.due() == null) {
            return "";
        }
        if (e.late()) {
            long days = ChronoUnit.DAYS.between(e.due(), today);
            return (days == 1 ? "1 day late" : days + " days late") + " · " + DAY.format(e.due());
        }
        return (e.due().equals(today) ? "Due today · " : "Due ") + DAY.format(e.due());
    }

    private void showAdd(ChecklistRow.Add a) {
        if (addBox == null) {
            addField = new TextField();
            addField.getStyleClass().add("add-field");
            addField.setPromptText("Add an item… (type, then Enter)");
            HBox.setHgrow(addField, Priority.ALWAYS);
            addField.setOnKeyPressed(k -> {
                if (k.getCode() == KeyCode.ENTER && row() instanceof ChecklistRow.Add current) {
                    String typed = addField.getText();
                    addField.clear();
                    view.add(current.group(), typed);
                    k.consume();
                } else if (k.getCode() == KeyCode.ESCAPE) {
                    addField.clear();
                    getListView().requestFocus();
                    k.consume();
                }
            });
            Label plus = new Label("+");
            plus.getStyleClass().add("add-plus");
            addBox = new HBox(8, plus, addField);
            addBox.setAlignment(Pos.CENTER_LEFT);
        }
        addField.setDisable(view.viewModel().document().isReadOnly());
        addField.setId("add-" + (a.group().owner() == null ? "trip" : a.group().owner()));
        setGraphic(addBox);
    }

    TextField addField() {
        return addField;
    }
}
