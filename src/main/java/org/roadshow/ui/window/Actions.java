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
    /** The menus' titles; the underscore marks the mnemonic (Alt+F opens File). */
    static final String FILE = "_File";
    static final String EDIT = "_Edit";
    static final String TRIP = "_Trip";
    static final String VIEW = "_View";
    static final String HELP = "_Help";
    /** The Trip menu's Add items, in title case with a mnemonic each (unique in the menu beside New Trip and New Person). */
    static final Map<ItemKind, String> ADD_TEXTS = Map.of(
            ItemKind.CONFERENCE, "Add _Conference",
            ItemKind.TALK, "Add Tal_k",
            ItemKind.BOOTH, "Add _Booth",
            ItemKind.SHIFT, "Add Booth _Duty",
            ItemKind.DEMO, "Add D_emo",
            ItemKind.TRAVEL, "Add Tra_vel",
            ItemKind.MEETING, "Add _Meeting",
            ItemKind.CHECKLIST, "Add Checklist _Item");
    /** The read-only banner's way out. */
    static final String SAVE_AS = "Save As…";
    private final MenuBar menuBar = new MenuBar();
    private final Menu fileMenu = new Menu(FILE);
    private final Menu openRecent = new Menu("Open _Recent");
    private java.nio.file.Path logFolder;
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

    /** Where the log files are written, for Help › About (the app knows it; the window does not). */
    public void setLogFolder(java.nio.file.Path folder) {
        logFolder = folder;
    }

    /**
     * Adds entries such as "Import Programme…" or "Export Calendar…" to the File menu, in their own
     * section between Save As and Close.
     */
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
        MenuItem newItem = item("_New", "Shortcut+N", files::newProject);
        MenuItem open = item("_Open…", "Shortcut+O", files::open);
        MenuItem save = item("_Save", "Shortcut+S", files::save);
        save.disableProperty().bind(readOnly());
        MenuItem saveAs = item("Save _As…", "Shift+Shortcut+S", files::saveAs);
        MenuItem close = item("_Close", "Shortcut+W", files::close);
        MenuItem quit = item("_Quit", "Shortcut+Q", this::quit);
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
                    item("C_lear Menu", null, settings.recentFiles()::clear));
        }
    }

    private Menu editMenu() {
        MenuItem undo = item("_Undo", "Shortcut+Z", document::undo);
        undo.textProperty().bind(Bindings.when(document.canUndoProperty())
                .then(Bindings.concat("_Undo ", document.undoLabelProperty())).otherwise("_Undo"));
        undo.disableProperty().bind(document.canUndoProperty().not().or(readOnly()));
        ShortcutsDialog.nameInHelp(undo, "Undo");
        MenuItem redo = item("_Redo", "Shift+Shortcut+Z", document::redo);
        redo.textProperty().bind(Bindings.when(document.canRedoProperty())
                .then(Bindings.concat("_Redo ", document.redoLabelProperty())).otherwise("_Redo"));
        redo.disableProperty().bind(document.canRedoProperty().not().or(readOnly()));
        ShortcutsDialog.nameInHelp(redo, "Redo");
        MenuItem delete = item("_Delete…", null, edits::deleteSelected);
        delete.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !selection.get().deletable() || document.isReadOnly(),
                selection.keyProperty(), document.readOnlyProperty()));
        Menu menu = new Menu(EDIT);
        menu.getItems().addAll(undo, redo, new SeparatorMenuItem(), delete);
        return menu;
    }

    private Menu tripMenu() {
        MenuItem newTrip = item("New _Trip", "Shift+Shortcut+N", edits::newTrip);
        newTrip.disableProperty().bind(readOnly());
        MenuItem newPerson = item("New _Person", "Shift+Shortcut+P", edits::newPerson);
        newPerson.disableProperty().bind(readOnly());
        Menu menu = new Menu(TRIP);
        menu.getItems().addAll(newTrip, newPerson, new SeparatorMenuItem());
        BooleanBinding noTrip = selection.inTripProperty().not().or(readOnly());
        // a menu item has no tooltip: while the Add items are off, a line above them says why
        MenuItem why = new MenuItem();
        why.setMnemonicParsing(false);
        why.setDisable(true);
        why.getStyleClass().add("menu-hint");
        why.textProperty().bind(Bindings.createStringBinding(this::whyNoAdding,
                selection.inTripProperty(), document.readOnlyProperty()));
        why.visibleProperty().bind(noTrip);
        menu.getItems().add(why);
        for (ItemKind kind : ItemKind.values()) {
            MenuItem add = item(ADD_TEXTS.get(kind), ADD_SHORTCUTS.get(kind), () -> edits.addItem(kind));
            add.disableProperty().bind(noTrip);
            menu.getItems().add(add);
        }
        return menu;
    }

    /** Why the Trip menu's Add items are off, or "" when they are on. */
    String whyNoAdding() {
        if (document.isReadOnly()) {
            return "Read-only project: use File › Save As… to edit a copy";
        }
        return selection.inTripProperty().get() ? "" : "Select a trip in the sidebar to add items to it";
    }

    private Menu viewMenu() {
        CheckMenuItem dark = new CheckMenuItem("_Dark Theme");
        dark.setSelected(settings.theme() == Theme.DARK);
        dark.selectedProperty().addListener((o, was, now) -> {
            Theme theme = now ? Theme.DARK : Theme.LIGHT;
            settings.setTheme(theme);
            window.applyTheme(theme);
        });
        Menu menu = new Menu(VIEW);
        menu.getItems().addAll(dark, new SeparatorMenuItem());
        menu.getItems().add(item("D_etails", "Shortcut+1", () -> selection.reveal(selection.get())));
        int n = 2;
        for (ViewTab view : ViewTab.values()) {
            // a mnemonic on the first letter; Checklist's C is Calendar's, so it takes its k
            String text = view == ViewTab.CHECKLIST ? "Chec_klist" : "_" + view.title();
            menu.getItems().add(item(text, "Shortcut+" + n++, () -> window.showTab(view)));
        }
        return menu;
    }

    private Menu helpMenu() {
        Menu menu = new Menu(HELP);
        menu.getItems().addAll(
                item("_Keyboard Shortcuts", "F1", () -> ShortcutsDialog.show(window.stage(), menuBar)),
                item("_User Guide", null, () -> UserGuide.show(window.stage())),
                new SeparatorMenuItem(),
                item("_About Roadshow", null, () -> AboutDialog.show(window.stage(), logFolder)));
        return menu;
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
