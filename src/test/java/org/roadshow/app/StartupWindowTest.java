package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.bench.StartupBench;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.ScriptedPrompts;
import org.roadshow.ui.settings.Settings;
import org.roadshow.ui.settings.TestPrefs;
import org.roadshow.ui.window.ViewTab;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The app's start: the window opens on what was read beside the toolkit start, and answers the keyboard. */
@ExtendWith(ApplicationExtension.class)
class StartupWindowTest {
    @TempDir
    Path dir;
    private RoadshowApp app;
    private Stage stage;

    @AfterEach
    void stopApp(FxRobot robot) {
        if (stage != null) {
            robot.interact(() -> {
                Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide);
                stage.close();
            });
        }
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void withoutAFileTheWindowShowsTheSampleAsATemplate() throws Exception {
        start(List.of());
        assertEquals("Sample project (not saved) — Roadshow", stage.getTitle());
        assertEquals(List.of("Opened the sample project. Save it to keep your changes.", "2 trips · 39 items"),
                statusTexts(stage.getScene()));
    }

    @Test
    void aFileNamedOnTheCommandLineIsOpenedWithItsName() throws Exception {
        Path file = dir.resolve("trips.roadshow");
        Files.copy(Path.of("assets/samples/roadshow-sample.roadshow"), file);
        start(List.of(file.toString()));
        assertEquals("trips.roadshow — Roadshow", stage.getTitle());
        assertEquals(List.of("Opened trips.roadshow", "2 trips · 39 items"), statusTexts(stage.getScene()));
    }

    @Test
    void aFileFromANewerVersionOpensReadOnlyWithItsBanner() throws Exception {
        Path file = dir.resolve("newer.roadshow");
        Files.writeString(file, Files.readString(Path.of("assets/samples/roadshow-sample.roadshow"))
                .replace("\"formatVersion\": 1", "\"formatVersion\": 2"));
        start(List.of(file.toString()));
        assertEquals("newer.roadshow (read-only) — Roadshow", stage.getTitle());
        Labeled banner = (Labeled) stage.getScene().getRoot().lookup(".read-only-banner");
        assertTrue(banner.isVisible() && banner.getText().startsWith("This file was written by a newer Roadshow"),
                banner.getText());
    }

    @Test
    void aFileThatCannotBeReadOpensTheWindowWhichSaysWhy() throws Exception {
        Path file = dir.resolve("broken.roadshow");
        Files.writeString(file, "{\n  \"formatVersion\": 1,\n  \"trips\": 3\n}\n");
        StartupLoad load = StartupLoad.begin(List.of(file.toString()), () -> new Settings(TestPrefs.fresh()));
        open(load);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w != stage && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane));
        DialogPane error = (DialogPane) Window.getWindows().stream().filter(w -> w != stage)
                .map(w -> w.getScene().getRoot()).filter(r -> r instanceof DialogPane).findFirst().orElseThrow();
        assertTrue(error.lookupAll(".label").stream().map(n -> ((Labeled) n).getText())
                .anyMatch(t -> t != null && t.contains("broken.roadshow, line 3")), "the error names the file and line");
        assertEquals("Could not open broken.roadshow", statusTexts(stage.getScene()).get(0));
    }

    @Test
    void aViewIsMadeWhenItsTabIsFirstOpened(FxRobot robot) throws Exception {
        RoadshowApp.Wiring w = wired(robot, new ScriptedPrompts());
        assertNull(w.window().tab(ViewTab.CALENDAR).getContent());
        robot.interact(() -> w.window().showTab(ViewTab.CALENDAR));
        assertInstanceOf(org.roadshow.ui.calendar.CalendarPane.class, w.window().tab(ViewTab.CALENDAR).getContent());
        assertNull(w.window().tab(ViewTab.ROSTER).getContent(), "the other views are still not made");
    }

    @Test
    void theProbesShortcutOReachesTheOpenActionOfTheFileMenu(FxRobot robot) throws Exception {
        AtomicInteger answered = new AtomicInteger();
        RoadshowApp.Wiring w = wired(robot, new StartupProbe.AnsweringPrompts(new ScriptedPrompts(), answered::incrementAndGet));
        robot.interact(() -> StartupProbe.pressShortcutO(w.window().scene()));
        assertEquals(1, answered.get());
    }

    @Test
    void theBenchmarkWaitsForTheMarksTheProbePrints() {
        assertEquals(StartupBench.SHOWN_MARK, StartupProbe.SHOWN_MARK);
        assertEquals(StartupBench.PROJECT_SHOWN_MARK, StartupProbe.PROJECT_SHOWN_MARK);
        assertEquals(StartupBench.ANSWERED_MARK, StartupProbe.ANSWERED_MARK);
    }

    @Test
    void mavenRunDropsThePluginsOwnArgumentsAndKeepsTheUsers() {
        assertArrayEquals(new String[] {"trips.roadshow"}, MavenRun.programArguments(new String[] {
                "--module-path", "/m/javafx-base.jar", "--add-modules", "javafx.base", "-classpath", "/p/classes",
                "org.roadshow.app.Launcher", "trips.roadshow"}));
        assertArrayEquals(new String[0], MavenRun.programArguments(new String[0]));
    }

    private RoadshowApp.Wiring wired(FxRobot robot, org.roadshow.ui.common.Prompts prompts) throws Exception {
        stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(60, TimeUnit.SECONDS);
        RoadshowApp.Wiring w = WaitForAsyncUtils.asyncFx(() -> {
            RoadshowApp.Wiring wiring = RoadshowApp.wire(stage, new Settings(TestPrefs.fresh()), s -> prompts,
                    Background.direct(), () -> { });
            wiring.window().show(wiring.settings().preferences());
            return wiring;
        }).get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return w;
    }

    /** Starts the app on the files named, as its main does, and waits until the window shows the project. */
    private void start(List<String> files) throws Exception {
        StartupLoad load = StartupLoad.begin(files, () -> new Settings(TestPrefs.fresh()));
        open(load);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> statusTexts(stage.getScene()).size() == 2
                && statusTexts(stage.getScene()).get(0).startsWith("Opened"));
    }

    private void open(StartupLoad load) throws Exception {
        stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(60, TimeUnit.SECONDS);
        app = new RoadshowApp();
        WaitForAsyncUtils.asyncFx(() -> app.start(stage, load)).get(60, TimeUnit.SECONDS);
        assertTrue(stage.isShowing());
        assertTrue(stage.getScene().getRoot().getStyleClass().contains("main-window"));
    }

    private static List<String> statusTexts(Scene scene) {
        return scene.getRoot().lookup(".status-bar").lookupAll(".label").stream()
                .map(n -> ((Labeled) n).getText()).filter(t -> t != null && !t.isEmpty()).toList();
    }
}
