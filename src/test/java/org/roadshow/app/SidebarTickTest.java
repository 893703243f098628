package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.ChecklistEdits;
import org.roadshow.edit.Edits;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.ItemKind;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.common.ScriptedPrompts;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.settings.Settings;
import org.roadshow.ui.settings.TestPrefs;
import org.roadshow.ui.sidebar.ProjectTree;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The sidebar's checklist rows have a check box that ticks with one click, and space ticks the selected row. */
@ExtendWith(ApplicationExtension.class)
class SidebarTickTest {
    static final UUID PASSPORT = SampleProjectBuilder.id("fosdem:check:passport");
    @TempDir
    Path dir;
    private Preferences prefs;
    private RoadshowApp.Wiring w;

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("trips.roadshow");
        Files.copy(MainWindowFlowTest.SAMPLE, file);
        prefs = TestPrefs.fresh();
        w = RoadshowApp.wire(stage, new Settings(prefs), s -> new ScriptedPrompts(), Background.direct(), () -> { });
        w.window().show(prefs);
        stage.setHeight(900);
        w.files().openFile(file);
    }

    @AfterEach
    void cleanUp() {
        TestPrefs.remove(prefs);
    }

    private boolean done() {
        return ((ChecklistItem) w.document().project().item(PASSPORT).orElseThrow()).done();
    }

    private TreeCell<?> row(FxRobot robot) {
        FxWait.until("the passport row is laid out", () -> robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .anyMatch(c -> "Passport".equals(c.getText())));
        return robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> "Passport".equals(c.getText())).findFirst().orElseThrow();
    }

    @Test
    void theRowsCheckBoxTicksAndUndoUnticks(FxRobot robot) {
        robot.interact(() -> w.selection().set(NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.CHECKLIST, PASSPORT)));
        CheckBox box = robot.from(row(robot)).lookup(".tree-tick").queryAs(CheckBox.class);
        assertFalse(box.isSelected());
        robot.clickOn(box);
        FxWait.until("the passport is ticked", this::done);
        FxWait.until("the row's box shows it", () -> robot.from(row(robot)).lookup(".tree-tick").queryAs(CheckBox.class)
                .isSelected());
        assertEquals("Tick checklist item", w.document().undoLabelProperty().get());
        robot.interact(w.document()::undo);
        assertFalse(done());
        FxWait.until("the row's box shows it unticked", () -> !robot.from(row(robot)).lookup(".tree-tick")
                .queryAs(CheckBox.class).isSelected());
    }

    @Test
    void aTickChangesItsRowAloneAndRemovalsTakeTheirRowsAway(FxRobot robot) {
        NodeKey passport = NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.CHECKLIST, PASSPORT);
        NodeKey trip = NodeKey.trip(SampleProjectBuilder.FOSDEM_TRIP);
        ProjectTree tree = w.window().tree();
        FxWait.until("the sidebar is built", () -> tree.itemFor(passport) != null);
        TreeItem<ProjectTree.Row> passportRow = tree.itemFor(passport);
        TreeItem<ProjectTree.Row> tripRow = tree.itemFor(trip);
        ProjectTree.Row rowValue = passportRow.getValue();
        TreeItem<ProjectTree.Row> group = passportRow.getParent();
        List<TreeItem<ProjectTree.Row>> siblings = List.copyOf(group.getChildren());
        robot.interact(() -> w.document().apply(ChecklistEdits.tick(SampleProjectBuilder.FOSDEM_TRIP, PASSPORT, true)));
        assertSame(passportRow, tree.itemFor(passport), "the ticked row is the same row, with a new entry");
        assertSame(rowValue, passportRow.getValue(), "and the same value: a TreeView rebuilds every cell when a value changes");
        assertTrue(passportRow.getValue().entry().done());
        assertSame(tripRow, tree.itemFor(trip));
        assertEquals(siblings, group.getChildren(), "its list's rows are the same rows");

        robot.interact(() -> w.document().apply(Edits.removeItem(SampleProjectBuilder.FOSDEM_TRIP, PASSPORT)));
        assertNull(tree.itemFor(passport));
        assertFalse(group.getChildren().contains(passportRow), "the removed item's row is gone");
        assertEquals(siblings.size() - 1, group.getChildren().size());
        robot.interact(w.document()::undo);
        assertEquals(siblings.size(), tree.itemFor(passport).getParent().getChildren().size(), "undo brings the row back");
        assertEquals(siblings.indexOf(passportRow), tree.itemFor(passport).getParent().getChildren()
                .indexOf(tree.itemFor(passport)), "in its place");
    }

    @Test
    void spaceOnTheSelectedRowTicksIt(FxRobot robot) {
        robot.interact(() -> w.selection().set(NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.CHECKLIST, PASSPORT)));
        robot.interact(() -> w.window().tree().requestFocus());
        FxWait.until("the sidebar has the keyboard", () -> w.window().tree().isFocused());
        robot.type(KeyCode.SPACE);
        FxWait.until("space ticked the passport", this::done);
        robot.type(KeyCode.SPACE);
        FxWait.until("space again unticked it", () -> !done());
        robot.interact(w.document()::undo);
        assertTrue(done(), "undo goes back one step");
    }
}
