package org.roadshow.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.roadshow.model.Project;

/**
 * The main window as its first frame shows it, drawn with text and plain regions while the real controls are
 * built: the menu titles, the project's sidebar rows, the tab headers and the status bar, in the window's own
 * stylesheet. On a cold start a menu bar, tree and tab pane take most of a second more to set up than the
 * shapes that stand in for them, so the app shows this as soon as the project is read and puts the real
 * window in its place right after. It takes no input; the real window follows within about a second.
 *
 * <p>It uses no control at all: the first control made loads JavaFX's Modena stylesheet, a tenth of a second
 * on a cold start that the first frame does without (the stylesheet gives it Modena's colours itself).
 */
public final class FirstFrame {
    /** The menu bar's titles, in order; {@link Actions} builds the menus under the same names. */
    static final List<String> MENUS = List.of(Actions.FILE, Actions.EDIT, Actions.TRIP, Actions.VIEW, Actions.HELP);
    /** A sidebar row's height and indent per level, as the tree's cells have them with the stylesheet. */
    private static final double ROW_HEIGHT = 24;
    private static final double INDENT = 13;
    private static final double DISCLOSURE_WIDTH = 21;
    private static final Insets ARROW_AT_TOP = new Insets(0, 6, 0, 6);
    private static final Insets ARROW = new Insets(0, 5, 0, 6);
    private static final Insets COUNT = new Insets(0, 0, 0, 8);
    /** The read-only bar's padding and border (left and right), the gap before its button, the button's width. */
    private static final double READ_ONLY_BAR_PADDING = 30;
    private static final double BANNER_GAP = 12;
    private static final double SAVE_AS_WIDTH = 83;
    /** The menu bar, the status bar and the tree's padding, which the rows share the window's height with. */
    private static final double BARS_HEIGHT = 27 + 25 + 12;

    private FirstFrame() {
    }

    /**
     * What the first frame shows of a project, worked out apart from the scene: it needs no JavaFX, so the
     * app does it on the thread that read the project, while the toolkit is still starting.
     */
    public static final class Sketch {
        private final SidebarNode rows;
        private final String counts;

        private Sketch(SidebarNode rows, String counts) {
            this.rows = rows;
            this.counts = counts;
        }
    }

    public static Sketch sketch(Project project) {
        return new Sketch(SidebarNode.of(project), counts(project));
    }

    /**
     * The first frame for a project: {@code status} as the status bar will say it, {@code readOnly} the
     * banner text for a read-only project (null when it can be edited).
     */
    public static Scene scene(Sketch sketch, Theme theme, String status, String readOnly, double width, double height) {
        VBox top = new VBox(menuBar());
        if (readOnly != null) {
            top.getChildren().add(readOnlyBar(readOnly, width));
        }
        VBox sidebar = sidebar(sketch.rows, height);
        sidebar.setPrefWidth(Math.floor((width - 1) * MainWindow.SIDEBAR_SHARE)); // as the split pane divides it
        Region divider = new Region();
        divider.getStyleClass().add("first-frame-divider");
        BorderPane views = new BorderPane();
        views.setTop(tabHeaders());
        Region page = new Region();
        page.getStyleClass().add("details-pane");
        views.setCenter(page);
        HBox.setHgrow(views, Priority.ALWAYS);
        HBox centre = new HBox(sidebar, divider, views);

        BorderPane root = new BorderPane(centre, top, null, statusBar(sketch.counts, status), null);
        root.getStyleClass().addAll("main-window", "first-frame");
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().setAll(theme.stylesheets());
        return scene;
    }

    /** The window title the real window will have for the same project. */
    public static String title(String fileName, boolean readOnly) {
        return (fileName == null ? "Untitled" : fileName) + (readOnly ? " (read-only)" : "") + " — Roadshow";
    }

    private static Node menuBar() {
        HBox bar = new HBox();
        bar.getStyleClass().add("first-frame-menus");
        for (String title : MENUS) {
            bar.getChildren().add(box(text(title, "first-frame-menu-title"), "first-frame-menu"));
        }
        return bar;
    }

    /** The banner of a read-only project with its "Save As…" button, wrapped where the window's wraps it. */
    private static Node readOnlyBar(String reason, double width) {
        Text banner = text(reason, "read-only-banner");
        banner.setWrappingWidth(width - READ_ONLY_BAR_PADDING - BANNER_GAP - SAVE_AS_WIDTH);
        HBox bar = new HBox(BANNER_GAP, banner, box(text(Actions.SAVE_AS, "first-frame-button-text"), "first-frame-button"));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setFillHeight(false);
        bar.getStyleClass().add("read-only-bar");
        return bar;
    }

    private static Text text(String content, String styleClass) {
        Text text = new Text(content);
        text.getStyleClass().addAll("first-frame-text", styleClass);
        return text;
    }

    /** A text in a box that gives it padding and a background, as a label's would. */
    private static StackPane box(Text text, String styleClass) {
        StackPane box = new StackPane(text);
        box.getStyleClass().add(styleClass);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** The rows the tree will show: all expanded, the project row selected, as many as fit. */
    private static VBox sidebar(SidebarNode all, double height) {
        VBox rows = new VBox();
        rows.getStyleClass().addAll("project-tree", "first-frame-sidebar");
        rows.setMinWidth(MainWindow.SIDEBAR_MIN_WIDTH);
        rows.setMinHeight(0); // the last row may reach under the status bar, which is drawn over it
        double room = height - BARS_HEIGHT;
        addRows(rows, all, 0, (int) Math.ceil(room / ROW_HEIGHT));
        if (count(all) * ROW_HEIGHT > room) { // the tree will show a scroll bar there
            rows.getStyleClass().add("first-frame-scrolls");
        }
        return rows;
    }

    private static int count(SidebarNode node) {
        int n = 1;
        for (SidebarNode child : node.children()) {
            n += count(child);
        }
        return n;
    }

    private static void addRows(VBox rows, SidebarNode node, int depth, int max) {
        if (rows.getChildren().size() >= max) {
            return;
        }
        rows.getChildren().add(row(node, depth));
        for (SidebarNode child : node.children()) {
            addRows(rows, child, depth + 1, max);
        }
    }

    private static Node row(SidebarNode node, int depth) {
        HBox row = new HBox();
        double indent = 4 + depth * INDENT;
        if (node.children().isEmpty()) { // no arrow: the disclosure node's 21 px are left empty
            indent += DISCLOSURE_WIDTH;
        } else {
            Region arrow = new Region();
            arrow.getStyleClass().add("first-frame-arrow");
            // placed as the tree's disclosure node places it (20 px wide below the top level)
            HBox.setMargin(arrow, depth == 0 ? ARROW_AT_TOP : ARROW);
            row.getChildren().add(arrow);
        }
        row.getChildren().add(text(node.entry().label(), "first-frame-row-text"));
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(4, 8, 4, indent));
        row.getStyleClass().addAll("first-frame-row", "tree-" + node.entry().key().type().name().toLowerCase());
        if (node.entry().key().type() == NodeKey.Type.PROJECT) {
            row.getStyleClass().add("first-frame-selected");
        }
        if (node.entry().count() >= 0) {
            StackPane count = box(text(Integer.toString(node.entry().count()), "first-frame-count"), "tree-count");
            HBox.setMargin(count, COUNT);
            row.getChildren().add(count);
            if (node.entry().count() == 0 && node.entry().key().type() == NodeKey.Type.GROUP) {
                row.getStyleClass().add("tree-empty-group");
            }
        }
        return row;
    }

    private static Node tabHeaders() {
        HBox tabs = new HBox(tab(MainWindow.DETAILS, true));
        for (ViewTab view : ViewTab.values()) {
            tabs.getChildren().add(tab(view.title(), false));
        }
        tabs.getStyleClass().add("first-frame-tabs");
        return tabs;
    }

    private static Node tab(String title, boolean selected) {
        StackPane tab = box(text(title, "first-frame-tab-title"), "first-frame-tab");
        if (selected) {
            tab.getStyleClass().add("first-frame-tab-selected");
        }
        return tab;
    }

    /** "2 trips · 39 items", as the status bar says it (the real window's too). */
    static String counts(Project project) {
        int trips = project.trips().size();
        int items = 0;
        for (org.roadshow.model.Trip trip : project.trips()) {
            items += trip.items().size();
        }
        return trips + (trips == 1 ? " trip · " : " trips · ") + items + (items == 1 ? " item" : " items");
    }

    private static Node statusBar(String counts, String status) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, text(status, "first-frame-status"), spacer, text(counts, "first-frame-status"));
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
