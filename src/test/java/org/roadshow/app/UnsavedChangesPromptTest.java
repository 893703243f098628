package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.edit.Edits;
import org.roadshow.model.Project;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.FxPrompts;
import org.roadshow.ui.settings.Settings;
import org.roadshow.ui.settings.TestPrefs;
import org.roadshow.ui.settings.WindowGeometry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real "Save changes?" dialog on New and on closing the window, answered by clicking its buttons. */
@ExtendWith(ApplicationExtension.class)
class UnsavedChangesPromptTest {
    @TempDir
    Path dir;
    private Path file;
    private Preferences prefs;
    private RoadshowApp.Wiring w;
    private boolean exited;

    @Start
    void start(Stage stage) throws Exception {
        file = dir.resolve("trips.roadshow");
        Files.copy(MainWindowFlowTest.SAMPLE, file);
        prefs = TestPrefs.fresh();
        w = RoadshowApp.wire(stage, new Settings(prefs), FxPrompts::new, Background.direct(), () -> exited = true);
        w.window().show(prefs);
        w.files().openFile(file);
        w.document().apply(Edits.renameProject("Unsaved name"));
    }

    @AfterEach
    void cleanUp() {
        TestPrefs.remove(prefs);
    }

    private DialogPane dialog(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    @Test
    void newWithUnsavedChangesAsksAndCancelKeepsEverything(FxRobot robot) {
        robot.clickOn("Unsaved name").push(KeyCode.SHORTCUT, KeyCode.N);
        DialogPane pane = dialog(robot);
        assertEquals("Save changes to “trips.roadshow”?", pane.getHeaderText());
        assertTrue(robot.lookup("Don't Save").tryQuery().isPresent());
        robot.clickOn("Cancel");
        assertEquals("Unsaved name", w.document().project().name());
        assertTrue(w.document().isDirty());

        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        robot.clickOn("Don't Save");
        assertEquals(Project.empty(), w.document().project());
        assertEquals(Optional.empty(), w.document().file());
        assertEquals("Untitled — Roadshow", w.window().stage().getTitle());
        assertEquals("0 trips · 0 items", w.window().countsText());
        assertTrue(robot.lookup("Nothing planned yet").tryQuery().isPresent(), "the empty state says what to do");
    }

    @Test
    void saveInThePromptSavesThenStartsOver(FxRobot robot) throws Exception {
        robot.clickOn("Unsaved name").push(KeyCode.SHORTCUT, KeyCode.N);
        robot.clickOn("Save");
        assertEquals(Project.empty(), w.document().project());
        assertEquals("Unsaved name", org.roadshow.io.project.ProjectFile.load(file).project().name());
    }

    /** What the window's close button does; without waiting, since the question blocks until answered. */
    private void requestClose() {
        w.window().stage().fireEvent(new WindowEvent(w.window().stage(), WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    @Test
    void closingTheWindowAsksAndRemembersItsPlace(FxRobot robot) {
        robot.interact(() -> w.window().stage().setWidth(1000));
        javafx.application.Platform.runLater(this::requestClose);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");
        assertFalse(exited);
        assertTrue(w.window().stage().isShowing());

        javafx.application.Platform.runLater(this::requestClose);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Don't Save");
        assertTrue(exited);
        assertEquals(1000, WindowGeometry.read(prefs).orElseThrow().width());
    }
}
