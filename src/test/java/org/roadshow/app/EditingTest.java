package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.Edits;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Talk;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.common.ScriptedPrompts;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.form.TalkForm;
import org.roadshow.ui.settings.Settings;
import org.roadshow.ui.settings.TestPrefs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Editing as a desktop user expects: undo and redo from a field once it holds no typing of its own, the status
 * bar saying what was undone and the changed item selected, and a new item abandoned untouched leaving nothing.
 */
@ExtendWith(ApplicationExtension.class)
class EditingTest {
    @TempDir
    Path dir;
    private Path file;
    private Preferences prefs;
    private RoadshowApp.Wiring w;

    @Start
    void start(Stage stage) throws Exception {
        file = dir.resolve("trips.roadshow");
        Files.copy(MainWindowFlowTest.SAMPLE, file);
        prefs = TestPrefs.fresh();
        w = RoadshowApp.wire(stage, new Settings(prefs), s -> new ScriptedPrompts(), Background.direct(), () -> { });
        w.window().show(prefs);
        w.files().openFile(file);
    }

    @AfterEach
    void cleanUp() {
        TestPrefs.remove(prefs);
    }

    private Talk talk() {
        return (Talk) w.document().project().item(MainWindowFlowTest.TALK_KEY.id()).orElseThrow();
    }

    private TalkForm form() {
        return (TalkForm) w.window().details().form().orElseThrow();
    }

    @Test
    void undoAndRedoKeysInAFieldReachTheDocumentOnceItsTypingIsApplied(FxRobot robot) {
        MainWindowFlowTest.selectTalk(robot, w);
        FxWait.replaceText(robot, form().titleField(), "Licences");
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        FxWait.until("the field's own undo takes the typing back", () -> form().titleField().getText()
                .equals(MainWindowFlowTest.TALK));
        assertFalse(w.document().canUndoProperty().get(), "the document was not touched");

        FxWait.replaceText(robot, form().titleField(), "Licences");
        robot.push(KeyCode.ENTER);
        FxWait.until("applied", () -> talk().title().equals("Licences"));
        assertTrue(form().titleField().isFocused(), "the cursor is still in the field");

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        FxWait.until("the document is undone", () -> talk().title().equals(MainWindowFlowTest.TALK));
        assertEquals(MainWindowFlowTest.TALK, form().titleField().getText());
        assertEquals("Undid: edit talk Licences", w.window().statusText());
        assertFalse(w.document().isDirty());

        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        FxWait.until("redone", () -> talk().title().equals("Licences"));
        assertEquals("Redid: edit talk Licences", w.window().statusText());
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        FxWait.until("undone again", () -> talk().title().equals(MainWindowFlowTest.TALK));
        robot.push(KeyCode.SHORTCUT, KeyCode.Y);
        FxWait.until("Ctrl+Y redoes too", () -> talk().title().equals("Licences"));
    }

    @Test
    void undoSelectsWhatItChangedAndTheStatusNeverContradictsTheTitle(FxRobot robot) {
        robot.interact(() -> w.document().apply(Edits.putItem(SampleProjectBuilder.FOSDEM_TRIP,
                talk().withTitle("Licences"))));
        robot.interact(() -> w.files().save());
        assertTrue(w.window().statusText().startsWith("Saved"), w.window().statusText());
        robot.interact(() -> w.document().apply(Edits.renameProject("Renamed")));
        assertTrue(w.document().isDirty());
        assertFalse(w.window().statusText().startsWith("Saved"), "an edit after saving: " + w.window().statusText());

        robot.interact(() -> w.selection().set(NodeKey.PEOPLE));
        robot.interact(() -> w.document().undo());
        robot.interact(() -> w.document().undo());
        assertEquals(MainWindowFlowTest.TALK, talk().title());
        assertEquals(MainWindowFlowTest.TALK_KEY, w.selection().get(), "the talk that changed is selected");
        assertEquals(MainWindowFlowTest.TALK_KEY.id(), form().original().id(), "and shown");
        assertEquals("Undid: edit talk Licences", w.window().statusText());
        assertEquals(MainWindowFlowTest.TALK_KEY.id(),
                w.window().tree().getSelectionModel().getSelectedItem().getValue().key().id(), "in the sidebar too");
    }

    @Test
    void aNewItemAbandonedUntouchedLeavesNothingBehind(FxRobot robot) {
        robot.interact(() -> w.selection().reveal(NodeKey.trip(SampleProjectBuilder.FOSDEM_TRIP)));
        int talks = talks();
        robot.interact(() -> w.edits().addItem(ItemKind.TALK));
        assertEquals(talks + 1, talks());
        FxWait.until("the new talk's form has the focus", () -> form().titleField().isFocused());
        robot.push(KeyCode.ESCAPE);
        FxWait.until("Escape took it back", () -> talks() == talks);
        assertFalse(w.document().canUndoProperty().get(), "no undo step left");
        assertFalse(w.document().isDirty());
        assertEquals(NodeKey.group(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TALK), w.selection().get());

        robot.interact(() -> w.edits().addItem(ItemKind.TALK));
        robot.interact(() -> w.selection().set(NodeKey.PEOPLE));
        assertEquals(talks, talks(), "selecting elsewhere took it back");
        assertFalse(w.document().canUndoProperty().get());

        robot.interact(() -> w.selection().reveal(NodeKey.trip(SampleProjectBuilder.FOSDEM_TRIP)));
        robot.interact(() -> w.edits().addItem(ItemKind.TALK));
        FxWait.until("the new talk's form has the focus", () -> form().titleField().isFocused());
        robot.write("Keynote");
        robot.interact(() -> w.selection().set(NodeKey.PEOPLE));
        assertEquals(talks + 1, talks(), "a talk with typing stays");
        assertTrue(w.document().project().trips().get(0).items(Talk.class).stream()
                .anyMatch(t -> t.title().equals("Keynote")));
    }

    private int talks() {
        return w.document().project().trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow().items(Talk.class).size();
    }
}
