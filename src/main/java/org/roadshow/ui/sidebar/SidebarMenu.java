package org.roadshow.ui.sidebar;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.roadshow.model.ItemKind;
import org.roadshow.ui.command.EditCommands;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.document.NodeKey;

/**
 * A sidebar row's right-click menu: what can be added where the row is (every kind on a trip, the row's own
 * kind on a group or item, a person under People), Duplicate for an item and Delete. Each entry runs the same
 * command as the menus, on the row (selected first), so each is one undoable edit.
 */
final class SidebarMenu {
    private final Document document;
    private final EditCommands commands;

    SidebarMenu(Document document, EditCommands commands) {
        this.document = document;
        this.commands = commands;
    }

    /** The entries for a row; the row is the selection when they run. */
    List<MenuItem> itemsFor(NodeKey key) {
        List<MenuItem> items = new ArrayList<>();
        switch (key.type()) {
            case PROJECT -> {
                items.add(item("New _Trip", commands::newTrip));
                items.add(item("New _Person", commands::newPerson));
            }
            case PEOPLE -> items.add(item("New _Person", commands::newPerson));
            case PERSON -> {
                items.add(item("New _Person", commands::newPerson));
                items.add(new SeparatorMenuItem());
                items.add(item("_Delete Person…", commands::deleteSelected));
            }
            case TRIP -> {
                for (ItemKind kind : ItemKind.values()) {
                    items.add(item(addText(kind), () -> commands.addItem(kind)));
                }
                items.add(new SeparatorMenuItem());
                items.add(item("_Delete Trip…", commands::deleteSelected));
            }
            case GROUP -> items.add(item(addText(key.kind()), () -> commands.addItem(key.kind())));
            case ITEM -> {
                items.add(item(addText(key.kind()), () -> commands.addItem(key.kind())));
                items.add(item("D_uplicate", commands::duplicateSelected));
                items.add(new SeparatorMenuItem());
                items.add(item("_Delete " + SidebarLabels.titleCase(key.kind().singular()) + "…", commands::deleteSelected));
            }
        }
        if (document.isReadOnly()) {
            items.forEach(i -> i.setDisable(true));
        }
        return items;
    }

    ContextMenu menuFor(NodeKey key) {
        ContextMenu menu = new ContextMenu();
        menu.getItems().setAll(itemsFor(key));
        menu.getStyleClass().add("sidebar-menu");
        return menu;
    }

    /** "Add Booth Duty": title case, as the menu bar's items read. */
    static String addText(ItemKind kind) {
        return "_Add " + SidebarLabels.titleCase(kind.singular());
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }
}
