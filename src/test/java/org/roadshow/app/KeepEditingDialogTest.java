package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.FxPrompts;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.form.TalkForm;
import org.roadshow.ui.settings.Settings;
import org.roadshow.ui.settings.TestPrefs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real "can't be applied" question: Escape keeps editing, Discard Changes throws the typing away. */
@ExtendWith(ApplicationExtension.class)
class KeepEditingDialogTest {
    @TempDir
    Path dir;
    private Preferences prefs;
    private RoadshowApp.Wiring w;

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("trips.roadshow");
        Files.copy(MainWindowFlowTest.SAMPLE, file);
        prefs = TestPrefs.fresh();
        w = RoadshowApp.wire(stage, new Settings(prefs), FxPrompts::new, Background.direct(), () -> { });
        w.window().show(prefs);
        w.files().openFile(file);
    }

    @AfterEach
    void cleanUp() {
        TestPrefs.remove(prefs);
    }

    private TalkForm form() {
        return (TalkForm) w.window().details().form().orElseThrow();
    }

    @Test
    void escapeKeepsEditingAndDiscardMovesOn(FxRobot robot) {
        MainWindowFlowTest.selectTalk(robot, w);
        FxWait.replaceText(robot, form().endField().timeField(), "08:00");
        robot.clickOn(FormChangesKeptTest.OTHER_TALK);
        FxWait.until("the question is shown", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Your changes to this talk can't be applied", pane.getHeaderText());
        assertTrue(robot.lookup("Keep Editing").tryQuery().isPresent());
        robot.push(KeyCode.ESCAPE);
        assertEquals(MainWindowFlowTest.TALK_KEY, w.selection().get());
        assertEquals("08:00", form().endField().timeField().getText());

        robot.clickOn(FormChangesKeptTest.OTHER_TALK);
        FxWait.until("the question is shown again", () -> robot.lookup("Discard Changes").tryQuery().isPresent());
        robot.clickOn("Discard Changes");
        assertEquals(FormChangesKeptTest.OTHER_TALK, form().titleField().getText());
        assertFalse(w.document().isDirty());
    }
}
