package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Talk;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.common.Prompts.PendingChoice;
import org.roadshow.ui.common.Prompts.SaveChoice;
import org.roadshow.ui.common.ScriptedPrompts;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.form.TalkForm;
import org.roadshow.ui.settings.Settings;
import org.roadshow.ui.settings.TestPrefs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What the user typed into a form but did not apply is never lost silently: moving elsewhere applies it
 * (one undoable edit), a form that cannot be applied asks, and Save, New and Quit include it.
 */
@ExtendWith(ApplicationExtension.class)
class FormChangesKeptTest {
    static final String OTHER_TALK = "Towards a HVM-like Dom0 for Xen";

    @TempDir
    Path dir;
    private Path file;
    private Preferences prefs;
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private RoadshowApp.Wiring w;
    private int exits;

    @Start
    void start(Stage stage) throws Exception {
        file = dir.resolve("trips.roadshow");
        Files.copy(MainWindowFlowTest.SAMPLE, file);
        prefs = TestPrefs.fresh();
        w = RoadshowApp.wire(stage, new Settings(prefs), s -> prompts, Background.direct(), () -> exits++);
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

    /** Selects the talk, then replaces its title by typing, each step once the window shows the one before. */
    private void typeTitle(FxRobot robot, String text) {
        MainWindowFlowTest.selectTalk(robot, w);
        FxWait.replaceText(robot, form().titleField(), text);
    }

    @Test
    void selectingAnotherRowAppliesTheTypedChangesAsOneUndoableEdit(FxRobot robot) {
        typeTitle(robot, "Licences in mixed projects");
        assertEquals(MainWindowFlowTest.TALK, talk().title(), "not applied while typing");

        robot.clickOn(OTHER_TALK);
        assertEquals("Licences in mixed projects", talk().title());
        assertEquals(OTHER_TALK, form().titleField().getText(), "the row clicked is shown");
        assertEquals(OTHER_TALK, w.window().tree().getSelectionModel().getSelectedItem().getValue().label());
        assertTrue(w.window().statusText().startsWith("Applied your changes: Edit talk Licences in mixed projects"),
                w.window().statusText());
        assertEquals(List.of(), prompts.asked, "valid changes are applied without a question");

        robot.interact(w.document()::undo);
        assertEquals(MainWindowFlowTest.TALK, talk().title());
        assertFalse(w.document().isDirty(), "one undo takes the whole form back");
    }

    @Test
    void changesThatCannotBeAppliedAskAndKeepEditingStaysOnTheForm(FxRobot robot) {
        typeTitle(robot, "");
        prompts.answerKeepEditing(PendingChoice.KEEP_EDITING);
        robot.clickOn(OTHER_TALK);
        assertEquals("Your changes to this talk can't be applied\nTitle: required", prompts.asked.get(0));
        assertEquals(MainWindowFlowTest.TALK_KEY, w.selection().get());
        assertEquals(MainWindowFlowTest.TALK, w.window().tree().getSelectionModel().getSelectedItem().getValue().label());
        assertEquals("", form().titleField().getText(), "what was typed is still there");
        assertTrue(form().titleField().isFocused(), "the field to fix has the focus");
        assertFalse(w.document().isDirty());

        prompts.answerKeepEditing(PendingChoice.DISCARD);
        robot.clickOn(OTHER_TALK);
        assertEquals(OTHER_TALK, form().titleField().getText());
        assertEquals(MainWindowFlowTest.TALK, talk().title());
        assertFalse(w.document().isDirty(), "discarding changes nothing");
    }

    @Test
    void saveIncludesTheTypedChanges(FxRobot robot) throws Exception {
        typeTitle(robot, "Saved without Apply");
        robot.push(KeyCode.SHORTCUT, KeyCode.S);
        assertEquals("Saved without Apply", ProjectFile.load(file).project().item(talk().id()).orElseThrow().label());
        assertFalse(w.document().isDirty());
        assertFalse(form().hasChanges());
    }

    @Test
    void newAsksToSaveTheTypedChangesAndCancelKeepsThem(FxRobot robot) {
        typeTitle(robot, "Typed, then New");
        prompts.answerSaveChanges(SaveChoice.CANCEL);
        robot.push(KeyCode.SHORTCUT, KeyCode.N);
        assertEquals(List.of("save changes to trips.roadshow"), prompts.asked,
                "the document counts as changed: the typing was applied");
        assertEquals("Typed, then New", talk().title());
        assertEquals(0, exits);
    }

    @Test
    void escapeRevertsTheFormAndEnterApplies(FxRobot robot) {
        typeTitle(robot, "Never mind");
        robot.push(KeyCode.ESCAPE);
        assertEquals(MainWindowFlowTest.TALK, form().titleField().getText());
        assertFalse(form().hasChanges());
        robot.clickOn(OTHER_TALK);
        assertFalse(w.document().isDirty(), "nothing to apply after Escape");

        robot.clickOn(form().titleField()).write("!").push(KeyCode.ENTER);
        assertEquals(OTHER_TALK + "!", w.document().project().item(w.selection().get().id()).orElseThrow().label());
    }

    @Test
    void tabLeavesTheAbstractInsteadOfTypingATab(FxRobot robot) {
        MainWindowFlowTest.selectTalk(robot, w);
        javafx.scene.control.TextArea area = robot.lookup(".text-area").queryAs(javafx.scene.control.TextArea.class);
        String before = area.getText();
        robot.clickOn(area).push(KeyCode.TAB);
        assertFalse(area.isFocused(), "Tab moved on");
        assertEquals(before, area.getText());
        assertFalse(form().hasChanges());
    }

    @Test
    void shortcutTAddsATalkReadyToType(FxRobot robot) {
        robot.clickOn("FOSDEM 2017");
        robot.push(KeyCode.SHORTCUT, KeyCode.T);
        TalkForm form = form();
        assertEquals("New talk", form.original().title());
        assertTrue(form.titleField().isFocused());
        robot.write("Keynote").push(KeyCode.ENTER);
        assertEquals("Keynote", w.document().project().item(form.original().id()).orElseThrow().label());
        assertEquals(NodeKey.Type.ITEM, w.selection().get().type());
        assertSame(ItemKind.TALK, w.selection().get().kind());
    }

    @Test
    void addingWhileTypingAppliesTheTypingFirst(FxRobot robot) {
        typeTitle(robot, "Typed, then a new talk");
        robot.push(KeyCode.SHORTCUT, KeyCode.T);
        assertEquals("Typed, then a new talk", talk().title());
        assertEquals("New talk", form().titleField().getText());
        assertEquals("Add talk New talk", w.document().undoLabelProperty().get());
        robot.interact(w.document()::undo);
        assertEquals("Edit talk Typed, then a new talk", w.document().undoLabelProperty().get(), "the typing is its own step");
        robot.interact(w.document()::undo);
        assertEquals(MainWindowFlowTest.TALK, talk().title());
        assertFalse(w.document().isDirty());
    }

    @Test
    void quitAfterSaveOrAfterUndoingToTheSavePointAsksNothing(FxRobot robot) {
        typeTitle(robot, "Saved, then quit");
        robot.push(KeyCode.ENTER).push(KeyCode.SHORTCUT, KeyCode.S);
        robot.push(KeyCode.SHORTCUT, KeyCode.Q);
        assertEquals(1, exits);

        robot.clickOn(form().titleField()).write("!").push(KeyCode.ENTER);
        assertTrue(w.document().isDirty());
        robot.interact(w.window().tree()::requestFocus);
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertFalse(w.document().isDirty());
        robot.push(KeyCode.SHORTCUT, KeyCode.Q);
        assertEquals(2, exits);
        assertEquals(List.of(), prompts.asked);
    }
}
