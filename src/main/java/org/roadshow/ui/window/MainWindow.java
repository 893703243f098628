package org.roadshow.ui.window;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.roadshow.model.Project;
import org.roadshow.ui.command.EditCommands;
import org.roadshow.ui.command.FileCommands;
import org.roadshow.ui.common.Pulses;
import org.roadshow.ui.details.DetailsPane;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.document.Selection;
import org.roadshow.ui.settings.WindowGeometry;
import org.roadshow.ui.sidebar.ProjectTree;
import org.roadshow.ui.theme.Theme;

/**
 * The main window: menu bar, read-only banner, the sidebar tree, the tabs (Details and the views) and a
 * status bar. Views are plugged in with {@link #setTabContent}; menus come from {@code Actions}.
 */
public final class MainWindow implements FileCommands.Feedback {
    /**
     * The sidebar's share of the window's width at first; it keeps its share (or the one the user drags it to)
     * as the window is resized, between its narrowest and widest.
     */
    static final double SIDEBAR_SHARE = 0.24;
    static final double SIDEBAR_MIN_WIDTH = 190;
    static final double SIDEBAR_MAX_WIDTH = 460;
    /** The first tab's title, before the views'. */
    static final String DETAILS = "Details";
    private final Stage stage;
    private final Document document;
    private final Selection selection;
    private final EditCommands commands;
    private final BorderPane root = new BorderPane();
    private final VBox top = new VBox();
    private final Label banner = new Label();
    private final javafx.scene.control.Button bannerAction = new javafx.scene.control.Button();
    private final ProjectTree tree;
    /** Where the sidebar's tree goes once its rows are built. */
    private final javafx.scene.layout.StackPane sidebar = new javafx.scene.layout.StackPane();
    private final DetailsPane details;
    private final TabPane tabs = new TabPane();
    private final Tab detailsTab = new Tab(DETAILS);
    private final Map<ViewTab, Tab> viewTabs = new EnumMap<>(ViewTab.class);
    private final Map<ViewTab, Supplier<? extends Node>> pendingContent = new EnumMap<>(ViewTab.class);
    private final Label status = new Label("Ready");
    private final Label counts = new Label();
    private final HBox panelSlot = new HBox();
    /** The views' tabs over a docked panel (the conflicts), which can be hidden. */
    private final SplitPane viewsAndPanel = new SplitPane();
    private final SplitPane split;
    private final SidebarWidth sidebarWidth;
    private Node docked;
    private final HBox busySlot = new HBox();
    private ProgressIndicator busy;
    private final Scene scene;
    private Rectangle2D normalBounds;
    private OpeningSize openingSize;
    private boolean rendering;
    /** The Details tab's form waits for its tab to come to the front ({@link #showDetails}). */
    private boolean detailsDue;
    /**
     * False until the window's first frame: the shell (menus, empty sidebar, tab headers, status bar) answers
     * input before the sidebar's rows and the form are built and styled, the costliest part of the start.
     */
    private boolean contentBuilt;

    public MainWindow(Stage stage, Document document, Selection selection, EditCommands commands, Theme theme) {
        this.stage = stage;
        this.document = document;
        this.selection = selection;
        this.commands = commands;
        this.tree = new ProjectTree(document, selection, commands);
        this.details = new DetailsPane(document, selection, commands);

        banner.getStyleClass().add("read-only-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(banner, Priority.ALWAYS);
        bannerAction.setVisible(false);
        bannerAction.managedProperty().bind(bannerAction.visibleProperty());
        bannerAction.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, banner, bannerAction);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("read-only-bar");
        bar.visibleProperty().bind(document.readOnlyProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        banner.visibleProperty().bind(document.readOnlyProperty());
        readOnlyReason(null);
        top.getChildren().add(bar);

        detailsTab.setContent(details);
        detailsTab.setClosable(false);
        tabs.getTabs().add(detailsTab);
        for (ViewTab view : ViewTab.values()) {
            Tab tab = new Tab(view.title());
            tab.setClosable(false);
            tab.selectedProperty().addListener((o, was, now) -> {
                if (now && pendingContent.containsKey(view)) {
                    tab.setContent(pendingContent.remove(view).get());
                } else if (now && tab.getContent() == null) {
                    tab.setContent(placeholder(view));
                }
            });
            viewTabs.put(view, tab);
            tabs.getTabs().add(tab);
        }
        tabs.getStyleClass().add("view-tabs");

        viewsAndPanel.setOrientation(javafx.geometry.Orientation.VERTICAL);
        viewsAndPanel.getItems().add(tabs);
        // the tree joins the window with its rows (buildContent): an empty tree view's skin alone is a good part
        // of the first frame's styling and layout
        sidebar.getStyleClass().add("sidebar");
        split = new SplitPane(sidebar, viewsAndPanel);
        sidebarWidth = new SidebarWidth(split, SIDEBAR_SHARE, SIDEBAR_MIN_WIDTH, SIDEBAR_MAX_WIDTH);
        split.getStyleClass().add("main-split");
        sidebar.setMinWidth(SIDEBAR_MIN_WIDTH);
        sidebar.setMaxWidth(SIDEBAR_MAX_WIDTH);
        viewsAndPanel.setMinWidth(MIN_WIDTH - SIDEBAR_MIN_WIDTH - 20);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox statusBar = new HBox(10, status, spacer, busySlot, panelSlot, counts);
        statusBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        statusBar.getStyleClass().add("status-bar");

        root.setTop(top);
        root.setCenter(split);
        root.setBottom(statusBar);
        root.getStyleClass().add("main-window");
        scene = new Scene(root, WindowGeometry.DEFAULT_WIDTH, WindowGeometry.DEFAULT_HEIGHT);
        applyTheme(theme);
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, document.fileProperty(),
                document.dirtyProperty(), document.readOnlyProperty(), document.untitledNameProperty()));

        commands.attachForms(() -> details().form(), this::status);
        document.projectProperty().addListener((o, was, now) -> render(now));
        selection.keyProperty().addListener((o, was, now) -> {
            if (rendering) {
                return;
            }
            if (!commands.settlePendingChanges()) {
                stay(was); // the user keeps editing the form that was on show
                return;
            }
            if (contentBuilt) {
                tree.select(selection.get());
            }
            showDetails(selection.get(), document.project());
        });
        selection.revealRequests().addListener(o -> tabs.getSelectionModel().select(detailsTab));
        detailsTab.selectedProperty().addListener((o, was, now) -> {
            if (now && detailsDue) {
                showDetails(selection.get(), document.project());
            }
        });
        // the sidebar's rows and the details form are most of the first frame's cost (skins, CSS and layout of
        // every row and field, all in cold code): they are built once the shell is on screen and answering input
        stage.showingProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (stage.isShowing()) {
                    stage.showingProperty().removeListener(this);
                    Pulses.afterNextPulse(scene, MainWindow.this::buildContent);
                }
            }
        });
        render(document.project());
    }

    /** Fills the sidebar and the Details tab for the first time; until then they wait for the window's first frame. */
    private void buildContent() {
        if (!contentBuilt) {
            contentBuilt = true;
            sidebar.getChildren().add(tree);
            tree.rebuild(document.project());
            details.show(selection.get(), document.project());
        }
    }

    /**
     * Shows the key's form, or only notes it is due while another tab is in front: a hidden form would still be
     * filled, styled and laid out on every change (a tick in the Checklist tab refilled the trip's form).
     */
    private void showDetails(NodeKey key, Project project) {
        if (!contentBuilt) {
            return;
        }
        if (detailsTab.isSelected()) {
            detailsDue = false;
            details.show(key, project);
        } else {
            detailsDue = true;
        }
    }

    /** Puts the selection back without showing anything new: the form and what was typed in it stay. */
    private void stay(NodeKey key) {
        rendering = true;
        try {
            selection.set(key);
        } finally {
            rendering = false;
        }
        tree.select(key);
    }

    @Override
    public boolean settlePendingChanges() {
        return commands.settlePendingChanges();
    }

    /** Until a view is plugged in: its name, "not in this version yet", what it will show and where to look meanwhile. */
    private static Node placeholder(ViewTab view) {
        Label soon = new Label("Not in this version yet");
        soon.getStyleClass().add("coming-soon");
        Label title = new Label(view.title());
        title.getStyleClass().add("empty-title");
        Label what = new Label(view.placeholder());
        what.getStyleClass().add("empty-text");
        what.setWrapText(true);
        Label meanwhile = new Label(view.meanwhile());
        meanwhile.getStyleClass().addAll("hint", "meanwhile");
        meanwhile.setWrapText(true);
        VBox content = new VBox(10, soon, title, what, meanwhile);
        content.getStyleClass().add("empty-state");
        VBox box = new VBox(content);
        box.getStyleClass().add("view-placeholder");
        return box;
    }

    /**
     * "*name.roadshow — Roadshow"; the star marks unsaved changes. A project not saved yet is named for what it
     * is: "Untitled", or "Sample project (not saved)" for the bundled sample.
     */
    String title() {
        String name = document.file().map(f -> f.getFileName().toString())
                .orElseGet(() -> document.untitledName() + (document.untitledName().equals(Document.UNTITLED)
                        ? "" : " (not saved)"));
        return (document.isDirty() ? "*" : "") + name + (document.isReadOnly() ? " (read-only)" : "") + " — Roadshow";
    }

    private void render(Project project) {
        rendering = true;
        try {
            selection.keepExisting(project);
        } finally {
            rendering = false;
        }
        if (contentBuilt) {
            tree.rebuild(project);
        }
        showDetails(selection.get(), project);
        counts.setText(counts(project));
    }

    /** "2 trips · 39 items", as the status bar says it. */
    static String counts(Project project) {
        int trips = project.trips().size();
        int items = 0;
        for (org.roadshow.model.Trip trip : project.trips()) {
            items += trip.items().size();
        }
        return trips + (trips == 1 ? " trip · " : " trips · ") + items + (items == 1 ? " item" : " items");
    }

    /**
     * Puts a view into its tab, replacing the placeholder. A view is attached when its tab is first shown,
     * so that views nobody opens cost nothing at start-up (a tab pane styles and lays out hidden tabs too).
     */
    public void setTabContent(ViewTab view, Node content) {
        setTabContent(view, () -> content);
    }

    /** Like {@link #setTabContent(ViewTab, Node)}, but the view is also built only when first shown. */
    public void setTabContent(ViewTab view, Supplier<? extends Node> content) {
        Tab tab = viewTabs.get(view);
        if (tab.isSelected()) {
            tab.setContent(content.get());
        } else {
            pendingContent.put(view, content);
        }
    }

    /** The view in the tab, built if it was waiting to be shown (it is attached when the tab is shown). */
    public Node tabContent(ViewTab view) {
        Supplier<? extends Node> pending = pendingContent.get(view);
        if (pending != null) {
            Node built = pending.get();
            pendingContent.put(view, () -> built);
            return built;
        }
        return viewTabs.get(view).getContent();
    }

    public Tab tab(ViewTab view) {
        return viewTabs.get(view);
    }

    public void showTab(ViewTab view) {
        tabs.getSelectionModel().select(viewTabs.get(view));
    }

    /** A button beside the read-only banner, such as "Save As…", the way out of read-only. */
    public void setReadOnlyAction(String text, Runnable action) {
        bannerAction.setText(text);
        bannerAction.setOnAction(e -> action.run());
        bannerAction.setVisible(true);
    }

    public void setMenuBar(MenuBar menuBar) {
        top.getChildren().add(0, menuBar);
    }

    public void applyTheme(Theme theme) {
        scene.getStylesheets().setAll(theme.stylesheets());
    }

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return scene;
    }

    /** True once the sidebar's rows and the form are built (after the first frame, or when asked for). */
    public boolean isContentBuilt() {
        return contentBuilt;
    }

    /** The sidebar, with its rows (built now if the first frame has not come yet). */
    public ProjectTree tree() {
        buildContent();
        return tree;
    }

    /** The Details tab, with the form for the selection (built now if the first frame has not come yet). */
    public DetailsPane details() {
        buildContent();
        return details;
    }

    /**
     * Docks a panel under the views, hidden at first, and puts {@code statusItem} (what shows or hides it) in
     * the status bar.
     */
    public void dockPanel(Node panel, Node statusItem) {
        docked = panel;
        panelSlot.getChildren().setAll(statusItem);
    }

    /** Shows the docked panel under the views, or hides it. */
    public void showPanel(boolean show) {
        if (docked == null || show == isPanelShown()) {
            return;
        }
        if (show) {
            viewsAndPanel.getItems().add(docked);
            viewsAndPanel.setDividerPositions(0.68);
        } else {
            viewsAndPanel.getItems().remove(docked);
        }
    }

    public void togglePanel() {
        showPanel(!isPanelShown());
    }

    public boolean isPanelShown() {
        return docked != null && viewsAndPanel.getItems().contains(docked);
    }

    public String statusText() {
        return status.getText();
    }

    public String countsText() {
        return counts.getText();
    }

    @Override
    public void status(String message) {
        status.setText(message);
    }

    @Override
    public void busy(boolean isBusy) {
        if (isBusy && busy == null) {
            busy = new ProgressIndicator(); // made on first use: a spinning indicator is costly to set up
            busy.setPrefSize(16, 16);
            busySlot.getChildren().add(busy);
        }
        if (busy != null) {
            busy.setVisible(isBusy);
        }
    }

    @Override
    public void readOnlyReason(String reason) {
        banner.setText(reason == null || reason.isBlank()
                ? "This project is open read-only. Use File › Save As… to save a copy you can edit." : reason);
    }

    /** Whether the window still undoes a window manager's stale shrink (until the user acts or it is put right). */
    boolean isHoldingOpeningSize() {
        return openingSize != null && openingSize.isWatching();
    }

    /** The sidebar's share of the window's width, which it keeps (within limits) while the window is resized. */
    public double sidebarShare() {
        return sidebarWidth.share();
    }

    /** The window's smallest size: the sidebar at its narrowest beside the views' toolbars. */
    static final double MIN_WIDTH = 720;
    static final double MIN_HEIGHT = 480;

    /**
     * Places the window where it was last time (or centred), and shows it at that size, against a window
     * manager's stale answer ({@link OpeningSize}).
     */
    public void show(Preferences prefs) {
        WindowGeometry g = WindowGeometry.restore(prefs);
        g.applyTo(stage);
        normalBounds = new Rectangle2D(g.x(), g.y(), g.width(), g.height());
        Runnable track = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0) {
                normalBounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener(o -> track.run());
        stage.yProperty().addListener(o -> track.run());
        stage.widthProperty().addListener(o -> track.run());
        stage.heightProperty().addListener(o -> track.run());
        stage.show();
        stage.setMinWidth(Math.min(MIN_WIDTH, g.width()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, g.height()));
        if (!g.maximized()) {
            openingSize = OpeningSize.hold(stage, g.width(), g.height());
        }
        stage.requestFocus();
    }

    /** Remembers the size and position the window had when not maximized, and whether it is maximized. */
    public void saveGeometry(Preferences prefs) {
        Rectangle2D b = normalBounds != null ? normalBounds
                : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        new WindowGeometry(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), stage.isMaximized()).write(prefs);
    }
}
