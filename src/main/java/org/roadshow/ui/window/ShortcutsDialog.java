package org.roadshow.ui.window;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.roadshow.ui.theme.DialogTheme;

/**
 * Help › Keyboard Shortcuts (F1): every shortcut the menus have, read from the menus themselves so that none
 * is missing, and the keys that work inside forms, the sidebar and the Programme tab, as a two-column table.
 */
final class ShortcutsDialog {
    /** A menu item's name in the table when its text changes (Undo reads "Undo Add talk …"). */
    private static final String HELP_NAME = "roadshow.help-name";

    record Row(String keys, String action) {
    }

    record Section(String title, List<Row> rows) {
    }

    private ShortcutsDialog() {
    }

    static void nameInHelp(MenuItem item, String name) {
        item.getProperties().put(HELP_NAME, name);
    }

    static void show(Window owner, MenuBar menus) {
        Dialog<Void> dialog = DialogTheme.follow(new Dialog<>());
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard Shortcuts — Roadshow");
        dialog.setHeaderText(null);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setContent(table(sections(menus)));
        dialog.getDialogPane().getStyleClass().add("shortcuts-dialog");
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        dialog.show();
    }

    /** The menus' shortcuts, menu by menu, then the keys no menu shows. */
    static List<Section> sections(MenuBar menus) {
        List<Section> sections = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            List<Row> rows = new ArrayList<>();
            collect(menu, rows);
            if (menu.getText().equals(Actions.EDIT)) {
                rows.add(new Row(display("Shortcut+Y"), "Redo (also)"));
            }
            if (!rows.isEmpty()) {
                sections.add(new Section(plain(menu.getText()) + " menu", rows));
            }
        }
        sections.add(new Section("In a form", List.of(
                new Row("Enter", "Apply the changes"),
                new Row("Escape", "Revert what was typed"),
                new Row("Tab / Shift+Tab", "Next / previous field"))));
        sections.add(new Section("In the sidebar", List.of(
                new Row("Delete", "Delete the selected item (asks first)"),
                new Row("Space", "Tick or untick a checklist item"),
                new Row("Shift+F10 / right-click", "Add, duplicate or delete"))));
        sections.add(new Section("In the Programme tab", List.of(
                new Row("Space or S", "Star the selected session"))));
        return sections;
    }

    private static void collect(Menu menu, List<Row> rows) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, rows);
            } else if (item.getAccelerator() != null) {
                Object name = item.getProperties().get(HELP_NAME);
                rows.add(new Row(item.getAccelerator().getDisplayText(),
                        name != null ? name.toString() : plain(item.getText())));
            }
        }
    }

    /** A menu text without its mnemonic mark and trailing ellipsis: "Save _As…" reads "Save As". */
    static String plain(String text) {
        return text.replace("_", "").replace("…", "");
    }

    private static String display(String key) {
        return KeyCombination.keyCombination(key).getDisplayText();
    }

    /** Sections in two columns of about equal length, each a key column and an action column. */
    private static HBox table(List<Section> sections) {
        int total = sections.stream().mapToInt(s -> s.rows().size() + 1).sum();
        GridPane left = grid();
        GridPane right = grid();
        int filled = 0;
        for (Section section : sections) {
            GridPane column = filled < total / 2 ? left : right;
            filled += section.rows().size() + 1;
            int row = column.getRowCount();
            Label title = new Label(section.title());
            title.getStyleClass().add("section-heading");
            title.setPadding(new Insets(row == 0 ? 0 : 10, 0, 2, 0));
            column.add(title, 0, row, 2, 1);
            for (Row r : section.rows()) {
                row++;
                Label keys = new Label(r.keys());
                keys.getStyleClass().add("shortcut-keys");
                keys.setMinWidth(Region.USE_PREF_SIZE);
                Label action = new Label(r.action());
                action.setMinWidth(Region.USE_PREF_SIZE);
                column.add(keys, 0, row);
                column.add(action, 1, row);
            }
        }
        HBox box = new HBox(36, left, right);
        box.setPadding(new Insets(4, 4, 4, 4));
        return box;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(3);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().addAll(keys, new ColumnConstraints());
        return grid;
    }
}
