package org.roadshow.ui.window;

import java.nio.file.Path;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.roadshow.model.ItemKind;
import org.roadshow.ui.command.EditCommands;
import org.roadshow.ui.command.FileCommands;
import org.roadshow.ui.common.Prompts;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.document.Selection;
import org.roadshow.ui.settings.Settings;
import org.roadshow.ui.theme.Theme;

/**
 * The menus and their shortcuts. Commands live in {@link FileCommands} and {@link EditCommands}; this
 * class only names them, binds when they are enabled, and wires the window's close button to Quit.
 * Import and export features add their File menu entries with {@link #addFileMenuItems}.
 */
public final class Actions {
    /**
     * Shortcuts for the items added most often while planning; none is taken by a text field or by the
     * system (Shortcut+M minimises on macOS, so meetings use Shift).
     */
    static final Map<ItemKind, String> ADD_SHORTCUTS = Map.of(
            ItemKind.TALK, "Shortcut+T",
            ItemKind.SHIFT, "Shortcut+D",
            ItemKind.TRAVEL, "Shift+Shortcut+T",
            ItemKind.MEETING, "Shift+Shortcut+M",
            ItemKind.CHECKLIST, "Shortcut+L");

    private final Document document;
    private final Selection selection;
    private final FileCommands files;
    private final EditCommands edits;
    private final Settings settings;
    private final MainWindow window;
    private final Prompts prompts;
    private final Runnable exit;
    static final String FILE = "File";
    static final String EDIT = "Edit";
    static final String TRIP = "Trip";
    static final String VIEW = "View";
    static final String HELP = "Help";
    /** The read-only banner's way out. */
    static final String SAVE_AS = "Save As…";
    private final MenuBar menuBar = new MenuBar();
    private final Menu fileMenu = new Menu(FILE);
    private String aboutNote = "";
    private final Menu openRecent = new Menu("Open Recent");
    private final SeparatorMenuItem importExportStart = new SeparatorMenuItem();
    private final SeparatorMenuItem importExportEnd = new SeparatorMenuItem();

    public Actions(Document document, Selection selection, FileCommands files, EditCommands edits, Settings settings,
                   MainWindow window, Prompts prompts, Runnable exit) {
        this.document = document;
        this.selection = selection;
        this.files = files;
        this.edits = edits;
        this.settings = settings;
        this.window = window;
        this.prompts = prompts;
        this.exit = exit;
        menuBar.getMenus().addAll(fileMenu(), editMenu(), tripMenu(), viewMenu(), helpMenu());
        menuBar.setUseSystemMenuBar(true);
        window.setMenuBar(menuBar);
        window.setReadOnlyAction(SAVE_AS, files::saveAs);
        window.scene().getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), document::redo);
        window.stage().setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
    }

    public MenuBar menuBar() {
        return menuBar;
    }

    /**
     * Adds entries such as "Import Programme…" or "Export Calendar…" to the File menu, in their own
     * section between Save As and Close.
     */
    /** A line for Help › About after the description, such as where the log is written. */
    public void setAboutNote(String note) {
        aboutNote = note.isEmpty() ? "" : "\n\n" + note;
    }

    public void addFileMenuItems(MenuItem... items) {
        int at = fileMenu.getItems().indexOf(importExportEnd);
        fileMenu.getItems().addAll(at, java.util.List.of(items));
        importExportStart.setVisible(true);
    }

    /** Quits after asking about unsaved changes; remembers the window's place on the way out. */
    public void quit() {
        if (files.mayDiscard()) {
            window.saveGeometry(settings.preferences());
            exit.run();
        }
    }

    private BooleanBinding readOnly() {
        return Bindings.createBooleanBinding(document::isReadOnly, document.readOnlyProperty());
    }

    private Menu fileMenu() {
        MenuItem newItem = item("New", "Shortcut+N", files::newProject);
        MenuItem open = item("Open…", "Shortcut+O", files::open);
        MenuItem save = item("Save", "Shortcut+S", files::save);
        save.disableProperty().bind(readOnly());
        MenuItem saveAs = item("Save As…", "Shift+Shortcut+S", files::saveAs);
        MenuItem close = item("Close", "Shortcut+W", files::close);
        MenuItem quit = item("Quit", "Shortcut+Q", this::quit);
        settings.recentFiles().files().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
        importExportStart.setVisible(false);
        fileMenu.getItems().addAll(newItem, open, openRecent, new SeparatorMenuItem(), save, saveAs,
                importExportStart, importExportEnd, close, quit);
        return fileMenu;
    }

    private void fillRecent() {
        openRecent.getItems().clear();
        for (Path file : settings.recentFiles().files()) {
            Path folder = file.getParent();
            MenuItem entry = new MenuItem(file.getFileName() + (folder == null ? "" : "  —  " + folder));
            entry.setMnemonicParsing(false);
            entry.setOnAction(e -> files.openRecent(file));
            openRecent.getItems().add(entry);
        }
        if (openRecent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            openRecent.getItems().add(none);
        } else {
            openRecent.getItems().addAll(new SeparatorMenuItem(),
                    item("Clear Menu", null, settings.recentFiles()::clear));
        }
    }

    private Menu editMenu() {
        MenuItem undo = item("Undo", "Shortcut+Z", document::undo);
        undo.textProperty().bind(Bindings.when(document.canUndoProperty())
                .then(Bindings.concat("Undo ", document.undoLabelProperty())).otherwise("Undo"));
        undo.disableProperty().bind(document.canUndoProperty().not().or(readOnly()));
        MenuItem redo = item("Redo", "Shift+Shortcut+Z", document::redo);
        redo.textProperty().bind(Bindings.when(document.canRedoProperty())
                .then(Bindings.concat("Redo ", document.redoLabelProperty())).otherwise("Redo"));
        redo.disableProperty().bind(document.canRedoProperty().not().or(readOnly()));
        MenuItem delete = item("Delete…", null, edits::deleteSelected);
        delete.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !selection.get().deletable() || document.isReadOnly(),
                selection.keyProperty(), document.readOnlyProperty()));
        Menu menu = new Menu(EDIT);
        menu.getItems().addAll(undo, redo, new SeparatorMenuItem(), delete);
        return menu;
    }

    private Menu tripMenu() {
        MenuItem newTrip = item("New Trip", "Shift+Shortcut+N", edits::newTrip);
        newTrip.disableProperty().bind(readOnly());
        MenuItem newPerson = item("New Person", "Shift+Shortcut+P", edits::newPerson);
        newPerson.disableProperty().bind(readOnly());
        Menu menu = new Menu(TRIP);
        menu.getItems().addAll(newTrip, newPerson, new SeparatorMenuItem());
        BooleanBinding noTrip = selection.inTripProperty().not().or(readOnly());
        for (ItemKind kind : ItemKind.values()) {
            MenuItem add = item("Add " + kind.singular(), ADD_SHORTCUTS.get(kind), () -> edits.addItem(kind));
            add.disableProperty().bind(noTrip);
            menu.getItems().add(add);
        }
        return menu;
    }

    private Menu viewMenu() {
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setSelected(settings.theme() == Theme.DARK);
        dark.selectedProperty().addListener((o, was, now) -> {
            Theme theme = now ? Theme.DARK : Theme.LIGHT;
            settings.setTheme(theme);
            window.applyTheme(theme);
        });
        Menu menu = new Menu(VIEW);
        menu.getItems().addAll(dark, new SeparatorMenuItem());
        menu.getItems().add(item(MainWindow.DETAILS, "Shortcut+1", () -> selection.reveal(selection.get())));
        int n = 2;
        for (ViewTab view : ViewTab.values()) {
            menu.getItems().add(item(view.title(), "Shortcut+" + n++, () -> window.showTab(view)));
        }
        return menu;
    }

    private Menu helpMenu() {
        Menu menu = new Menu(HELP);
        menu.getItems().add(item("Keyboard Shortcuts", null, () -> prompts.info("Keyboard shortcuts", shortcuts())));
        menu.getItems().add(item("About Roadshow", null, () -> prompts.info(org.roadshow.Version.text(),
                "Plans conference trips: booths and duty rosters, talks, demos, travel, meetings and "
                        + "checklists, in one project file your team can keep in git." + aboutNote)));
        return menu;
    }

    /** The shortcuts the menus show, plus the ones they cannot show (in forms, the sidebar, the programme). */
    static String shortcuts() {
        java.util.function.Function<String, String> key = k -> KeyCombination.keyCombination(k).getDisplayText();
        return String.join("\n",
                key.apply("Shortcut+N") + " New   " + key.apply("Shortcut+O") + " Open   " + key.apply("Shortcut+S")
                        + " Save   " + key.apply("Shortcut+Q") + " Quit",
                key.apply("Shortcut+Z") + " Undo   " + key.apply("Shift+Shortcut+Z") + " or " + key.apply("Shortcut+Y")
                        + " Redo",
                key.apply("Shift+Shortcut+N") + " New Trip   " + key.apply("Shift+Shortcut+P") + " New Person",
                key.apply(ADD_SHORTCUTS.get(ItemKind.TALK)) + " Add Talk   " + key.apply(ADD_SHORTCUTS.get(ItemKind.SHIFT))
                        + " Add Booth duty   " + key.apply(ADD_SHORTCUTS.get(ItemKind.TRAVEL)) + " Add Travel",
                key.apply(ADD_SHORTCUTS.get(ItemKind.MEETING)) + " Add Meeting   "
                        + key.apply(ADD_SHORTCUTS.get(ItemKind.CHECKLIST)) + " Add Checklist item",
                key.apply("Shortcut+1") + " Details, " + key.apply("Shortcut+2") + "–" + key.apply("Shortcut+6")
                        + " the other tabs",
                "",
                "In a form: Enter applies, Escape reverts, Tab moves to the next field.",
                "Changes not yet applied are applied when you select something else.",
                "In the sidebar: Delete deletes the selected item, after asking.",
                "In the Programme tab: Space or S stars the selected session.");
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
