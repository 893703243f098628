package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeView;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.bench.StartupBench;
import org.roadshow.ui.ProjectTree;
import org.roadshow.ui.Settings;
import org.roadshow.ui.TestPrefs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's start: the first frame shows the project the moment it is read, and the real window then takes
 * its place with the same menus, sidebar rows, tabs and status bar, so that nothing jumps when it does.
 */
@ExtendWith(ApplicationExtension.class)
class StartupWindowTest {
    @TempDir
    Path dir;
    private RoadshowApp app;

    @AfterEach
    void stopApp() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void theFirstFrameShowsTheSampleThenTheRealWindowTakesOverLookingTheSame(FxRobot robot) throws Exception {
        Frames frames = start(robot, List.of());
        assertEquals(List.of("File", "Edit", "Trip", "View", "Help"), frames.firstMenus);
        assertEquals(menus(frames.real), frames.firstMenus);
        assertEquals(tabs(frames.real), frames.firstTabs);
        List<String> treeRows = treeRows(frames.real);
        assertTrue(frames.firstRows.size() > 20, "rows: " + frames.firstRows);
        assertEquals(treeRows.subList(0, frames.firstRows.size()), frames.firstRows);
        assertEquals(List.of("Opened the sample project. Save it to keep your changes.", "2 trips · 39 items"),
                frames.firstStatus);
        assertEquals("Untitled — Roadshow", frames.firstTitle);
        // pixel for pixel where nothing is added later: the menu bar, the sidebar's first rows, the tab headers
        assertLooksTheSame(frames, "menu bar", 0, 0, 400, 27);
        assertLooksTheSame(frames, "sidebar", 0, 27, 330, 200);
        assertLooksTheSame(frames, "tab headers", 346, 27, 500, 36);
        assertEquals(frames.firstTitle, frames.stage.getTitle());
    }

    @Test
    void aFileNamedOnTheCommandLineHasItsNameInBothFrames(FxRobot robot) throws Exception {
        Path file = dir.resolve("trips.roadshow");
        Files.copy(Path.of("assets/samples/roadshow-sample.roadshow"), file);
        Frames frames = start(robot, List.of(file.toString()));
        assertEquals("trips.roadshow — Roadshow", frames.firstTitle);
        assertEquals(frames.firstTitle, frames.stage.getTitle());
        assertEquals(List.of("Opened trips.roadshow", "2 trips · 39 items"), frames.firstStatus);
        assertEquals(frames.firstStatus.get(0), statusTexts(frames.real).get(0));
    }

    @Test
    void aFileFromANewerVersionShowsItsReadOnlyBannerInTheFirstFrameToo(FxRobot robot) throws Exception {
        Path file = dir.resolve("newer.roadshow");
        Files.writeString(file, Files.readString(Path.of("assets/samples/roadshow-sample.roadshow"))
                .replace("\"formatVersion\": 1", "\"formatVersion\": 2"));
        Frames frames = start(robot, List.of(file.toString()));
        assertEquals("newer.roadshow (read-only) — Roadshow", frames.firstTitle);
        assertEquals(frames.firstTitle, frames.stage.getTitle());
        assertTrue(frames.firstBanner.startsWith("This file was written by a newer Roadshow"), frames.firstBanner);
    }

    @Test
    void aFileThatCannotBeReadGoesStraightToTheWindowWhichSaysWhy(FxRobot robot) throws Exception {
        Path file = dir.resolve("broken.roadshow");
        Files.writeString(file, "{\n  \"formatVersion\": 1,\n  \"trips\": 3\n}\n");
        StartupLoad load = StartupLoad.begin(List.of(file.toString()), () -> new Settings(TestPrefs.fresh()));
        load.result().exceptionally(e -> null).get(30, TimeUnit.SECONDS);
        Stage stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(10, TimeUnit.SECONDS);
        app = new RoadshowApp();
        WaitForAsyncUtils.asyncFx(() -> app.start(stage, load)).get(10, TimeUnit.SECONDS);
        assertTrue(stage.getScene().getRoot().getStyleClass().contains("main-window"),
                stage.getScene().getRoot().getStyleClass().toString());
        assertTrue(!stage.getScene().getRoot().getStyleClass().contains("first-frame"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w != stage && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane));
        DialogPane error = (DialogPane) Window.getWindows().stream().filter(w -> w != stage)
                .map(w -> w.getScene().getRoot()).filter(r -> r instanceof DialogPane).findFirst().orElseThrow();
        assertTrue(error.lookupAll(".label").stream().map(n -> ((Labeled) n).getText())
                .anyMatch(t -> t != null && t.contains("broken.roadshow, line 3")), "the error names the file and line");
        assertEquals("Could not open broken.roadshow", statusTexts(stage.getScene()).get(0));
        robot.interact(() -> {
            ((Stage) error.getScene().getWindow()).close();
            stage.close();
        });
    }

    @Test
    void theBenchmarkWaitsForTheMarksTheProbePrints() {
        assertEquals(StartupBench.SHOWN_MARK, StartupProbe.SHOWN_MARK);
        assertEquals(StartupBench.READY_MARK, StartupProbe.READY_MARK);
    }

    private record Frames(Stage stage, String firstTitle, List<String> firstMenus, List<String> firstRows,
                          List<String> firstTabs, List<String> firstStatus, String firstBanner, Scene real, Image firstLook,
                          Image realLook) {
    }

    private Frames start(FxRobot robot, List<String> files) throws Exception {
        StartupLoad load = StartupLoad.begin(files, () -> new Settings(TestPrefs.fresh()));
        load.result().get(30, TimeUnit.SECONDS); // as when it is read before the toolkit is up
        Stage stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(10, TimeUnit.SECONDS);
        app = new RoadshowApp();
        Image[] firstLook = new Image[1];
        Scene first = WaitForAsyncUtils.asyncFx(() -> {
            app.start(stage, load);
            firstLook[0] = stage.getScene().snapshot(null);
            return stage.getScene();
        }).get(10, TimeUnit.SECONDS);
        assertTrue(first.getRoot().getStyleClass().contains("first-frame"));
        assertTrue(first.getRoot().lookupAll("*").stream().noneMatch(n -> n instanceof Control),
                "no control in the first frame: the first one made loads Modena");
        String title = WaitForAsyncUtils.asyncFx(stage::getTitle).get();
        List<String> menus = texts(first, ".first-frame-menu-title");
        List<String> rows = new ArrayList<>();
        for (Node row : first.getRoot().lookupAll(".first-frame-row")) {
            rows.add(((Text) row.lookup(".first-frame-row-text")).getText());
        }
        List<String> tabs = texts(first, ".first-frame-tab-title");
        List<String> status = texts(first, ".first-frame-status");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getScene() != first);
        WaitForAsyncUtils.waitForFxEvents();
        Scene real = stage.getScene();
        assertNotSame(first, real);
        assertTrue(real.getRoot().getStyleClass().contains("main-window"));
        Image realLook = WaitForAsyncUtils.asyncFx(() -> real.snapshot(null)).get(10, TimeUnit.SECONDS);
        String banner = String.join("", texts(first, ".read-only-banner"));
        Frames frames = new Frames(stage, title, menus, rows, tabs, status, banner, real, firstLook[0], realLook);
        robot.interact(stage::close);
        return frames;
    }

    /** At most 1% of the pixels of the region differ, and none by much (text anti-aliasing may vary a little). */
    private static void assertLooksTheSame(Frames frames, String what, int x, int y, int width, int height) {
        PixelReader first = frames.firstLook.getPixelReader();
        PixelReader real = frames.realLook.getPixelReader();
        int differ = 0;
        for (int i = x; i < x + width; i++) {
            for (int j = y; j < y + height; j++) {
                int a = first.getArgb(i, j);
                int b = real.getArgb(i, j);
                int most = 0;
                for (int shift = 0; shift < 24; shift += 8) {
                    most = Math.max(most, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
                }
                if (most > 48) {
                    differ++;
                }
            }
        }
        assertTrue(differ <= width * height / 100, what + ": " + differ + " of " + width * height + " pixels differ");
    }

    private static List<String> texts(Scene scene, String selector) {
        return scene.getRoot().lookupAll(selector).stream().map(n -> ((Text) n).getText()).toList();
    }

    private static List<String> statusTexts(Scene scene) {
        return scene.getRoot().lookup(".status-bar").lookupAll(".label").stream()
                .map(n -> ((Labeled) n).getText()).filter(t -> t != null && !t.isEmpty()).toList();
    }

    private static List<String> menus(Scene scene) {
        MenuBar bar = (MenuBar) scene.getRoot().lookup(".menu-bar");
        return bar.getMenus().stream().map(Menu::getText).toList();
    }

    private static List<String> tabs(Scene scene) {
        TabPane tabs = (TabPane) scene.getRoot().lookup(".view-tabs");
        return tabs.getTabs().stream().map(Tab::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> treeRows(Scene scene) {
        TreeView<ProjectTree.Entry> tree = (TreeView<ProjectTree.Entry>) scene.getRoot().lookup(".project-tree");
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < tree.getExpandedItemCount(); i++) {
            rows.add(tree.getTreeItem(i).getValue().label());
        }
        return rows;
    }
}
