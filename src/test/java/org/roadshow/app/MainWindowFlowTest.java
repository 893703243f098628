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
import org.roadshow.io.project.ProjectFile;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor loop a user goes through, driven with keys and clicks on the real window: open a project
 * file, edit a talk in its form, undo, redo, save, and find the change in the file.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowFlowTest {
    static final Path SAMPLE = Path.of("assets/samples/roadshow-sample.roadshow");
    static final String TALK = "Mixed License FOSS Projects";
    static final NodeKey TALK_KEY = NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TALK,
            SampleProjectBuilder.id("fosdem:talk:license"));

    @TempDir
    Path dir;
    private Path file;
    private Preferences prefs;
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private RoadshowApp.Wiring w;

    @Start
    void start(Stage stage) throws Exception {
        file = dir.resolve("trips.roadshow");
        Files.copy(SAMPLE, file);
        prefs = TestPrefs.fresh();
        w = RoadshowApp.wire(stage, new Settings(prefs), s -> prompts, Background.direct(), () -> { });
        w.window().show(prefs);
        w.files().openFile(file);
    }

    @AfterEach
    void cleanUp() {
        TestPrefs.remove(prefs);
    }

    private String title() {
        return w.window().stage().getTitle();
    }

    private Talk talk() {
        return (Talk) w.document().project().item(TALK_KEY.id()).orElseThrow();
    }

    private TalkForm form() {
        return (TalkForm) w.window().details().form().orElseThrow();
    }

    /** Clicks the talk in the sidebar and waits until its form is shown and laid out, ready for clicks. */
    static void selectTalk(FxRobot robot, RoadshowApp.Wiring w) {
        FxWait.until("the sidebar shows the talk", () -> robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class)
                .stream().anyMatch(c -> c.getItem() != null && TALK.equals(c.getText()) && c.getWidth() > 0));
        robot.clickOn(TALK);
        FxWait.until("the talk's form is shown", () -> w.window().details().form()
                .filter(f -> f instanceof TalkForm t && t.original().id().equals(TALK_KEY.id())
                        && t.titleField().getScene() != null && t.titleField().getWidth() > 0)
                .isPresent());
    }

    /** Puts the keyboard focus on the sidebar without clicking (a click would select another row). */
    private FxRobot focusTree(FxRobot robot) {
        robot.interact(() -> w.window().tree().requestFocus());
        return robot;
    }

    @Test
    void editUndoRedoSaveAndReopen(FxRobot robot) throws Exception {
        assertEquals("trips.roadshow — Roadshow", title());
        selectTalk(robot, w);
        assertEquals(TALK_KEY, w.selection().get());
        assertEquals(TALK, form().titleField().getText());

        FxWait.replaceText(robot, form().titleField(), "Licences in mixed projects");
        assertEquals(TALK, talk().title(), "nothing changes before Apply");
        robot.push(KeyCode.ENTER);
        assertEquals("Licences in mixed projects", talk().title());
        assertEquals("*trips.roadshow — Roadshow", title());
        assertEquals(TALK_KEY, w.selection().get(), "the edited talk stays selected");
        assertEquals("Licences in mixed projects", w.window().tree().getSelectionModel().getSelectedItem()
                .getValue().label());
        assertEquals("Edit talk Licences in mixed projects", w.document().undoLabelProperty().get());

        focusTree(robot).push(KeyCode.SHORTCUT, KeyCode.Z);
        assertEquals(TALK, talk().title());
        assertEquals(TALK, form().titleField().getText(), "the form shows the value undo brought back");
        assertEquals(TALK_KEY, w.selection().get());
        assertEquals("trips.roadshow — Roadshow", title(), "undo back to the save point is clean");

        robot.push(KeyCode.SHIFT, KeyCode.SHORTCUT, KeyCode.Z);
        assertEquals("Licences in mixed projects", talk().title());
        assertEquals("*trips.roadshow — Roadshow", title());

        robot.push(KeyCode.SHORTCUT, KeyCode.Z).push(KeyCode.SHORTCUT, KeyCode.Y);
        assertEquals("Licences in mixed projects", talk().title(), "Shortcut+Y redoes too");

        robot.push(KeyCode.SHORTCUT, KeyCode.S);
        assertEquals("trips.roadshow — Roadshow", title());
        assertEquals("Licences in mixed projects",
                ProjectFile.load(file).project().item(TALK_KEY.id()).orElseThrow().label());
        assertEquals(w.document().project(), ProjectFile.load(file).project());

        robot.clickOn(form().titleField()).write("!").clickOn(form().applyButton());
        assertEquals("Licences in mixed projects!", talk().title());
        assertTrue(title().startsWith("*"), "an edit after saving marks the title again");
        focusTree(robot).push(KeyCode.SHORTCUT, KeyCode.Z);
        assertFalse(w.document().isDirty(), "undo back to what was saved");
        assertEquals("trips.roadshow — Roadshow", title());
        assertEquals(java.util.List.of(), prompts.errors);
    }

    @Test
    void endBeforeStartDisablesApplyAndMarksTheField(FxRobot robot) {
        selectTalk(robot, w);
        TalkForm form = form();
        robot.clickOn(form.titleField()).write(" (updated)");
        assertFalse(form.applyButton().isDisabled());

        FxWait.replaceText(robot, form.endField().timeField(), "09:00");
        assertTrue(form.applyButton().isDisabled());
        assertTrue(form.endField().getStyleClass().contains("invalid"));
        assertTrue(form.problemsText().contains("End: must be after the start"), form.problemsText());
        robot.push(KeyCode.ENTER);
        assertEquals(TALK, talk().title(), "Enter does not apply an invalid form");

        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("12:40");
        assertFalse(form.applyButton().isDisabled());
        assertFalse(form.endField().getStyleClass().contains("invalid"));
        assertEquals("", form.problemsText());
        robot.clickOn(form.applyButton());
        assertEquals(TALK + " (updated)", talk().title());
        assertEquals(java.time.LocalTime.of(12, 40), talk().end().time().toLocalTime());
        assertEquals(1, w.document().canUndoProperty().get() ? 1 : 0, "one edit for the whole form");
        robot.interact(w.document()::undo);
        assertFalse(w.document().isDirty());
    }

    @Test
    void deleteAsksThenRemovesAndUndoBringsItBack(FxRobot robot) {
        selectTalk(robot, w);
        prompts.answerConfirm(false);
        robot.push(KeyCode.DELETE);
        assertTrue(w.document().project().item(TALK_KEY.id()).isPresent(), "declined: nothing deleted");

        selectTalk(robot, w);
        prompts.answerConfirm(true);
        robot.push(KeyCode.DELETE);
        assertTrue(w.document().project().item(TALK_KEY.id()).isEmpty());
        assertEquals(NodeKey.group(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TALK), w.selection().get());
        assertEquals("Delete talk “" + TALK + "”?", prompts.asked.get(prompts.asked.size() - 1));
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertTrue(w.document().project().item(TALK_KEY.id()).isPresent());
    }

    @Test
    void addingATalkSelectsItsFormAndIsOneUndoableStep(FxRobot robot) {
        robot.clickOn("FOSDEM 2017");
        int before = w.document().project().trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow().items().size();
        robot.interact(() -> w.edits().addItem(ItemKind.TALK));
        TalkForm form = form();
        assertEquals("New talk", form.titleField().getText());
        assertEquals("2017-02-04T10:00", form.original().start().time().toString());
        assertEquals(NodeKey.Type.ITEM, w.selection().get().type());
        assertTrue(w.document().isDirty());
        focusTree(robot).push(KeyCode.SHORTCUT, KeyCode.Z);
        assertEquals(before, w.document().project().trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow().items().size());
        assertEquals(NodeKey.group(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TALK), w.selection().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
