package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.ScriptedPrompts;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.settings.Settings;
import org.roadshow.ui.settings.TestPrefs;
import org.roadshow.ui.theme.Theme;
import org.roadshow.ui.window.ViewTab;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the menus offer when, the read-only state, and the hooks other views plug into. */
@ExtendWith(ApplicationExtension.class)
class MenusAndReadOnlyTest {
    @TempDir
    Path dir;
    private Preferences prefs;
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private RoadshowApp.Wiring w;

    @Start
    void start(Stage stage) {
        prefs = TestPrefs.fresh();
        w = RoadshowApp.wire(stage, new Settings(prefs), s -> prompts, Background.direct(), () -> { });
        w.window().show(prefs);
        RoadshowApp.openSample(w);
    }

    @AfterEach
    void cleanUp() {
        TestPrefs.remove(prefs);
    }

    private MenuItem menuItem(String text) {
        return w.actions().menuBar().getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i.getText() != null && text.equals(i.getText().replace("_", ""))).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + text));
    }

    @Test
    void theSampleOpensAsAnUnsavedTemplate() {
        assertEquals(SampleProjectBuilder.build(), w.document().project());
        assertFalse(w.document().isDirty());
        assertTrue(w.document().file().isEmpty());
        assertEquals("Sample project (not saved) — Roadshow", w.window().stage().getTitle());
        assertEquals("2 trips · 39 items", w.window().countsText());
    }

    @Test
    void addingItemsNeedsATripSelected(FxRobot robot) {
        assertTrue(menuItem("Add Talk").isDisable(), "the project node is selected");
        robot.interact(() -> w.selection().set(NodeKey.trip(SampleProjectBuilder.SCALE_TRIP)));
        assertFalse(menuItem("Add Talk").isDisable());
        assertFalse(menuItem("Add Booth Duty").isDisable());
        robot.interact(() -> w.selection().set(NodeKey.PEOPLE));
        assertTrue(menuItem("Add Checklist Item").isDisable());
        assertTrue(menuItem("Delete…").isDisable(), "People cannot be deleted");
        assertEquals("_Undo", menuItem("Undo").getText());
        assertTrue(menuItem("Undo").isDisable());
    }

    @Test
    void undoMenuNamesTheEdit(FxRobot robot) {
        robot.interact(() -> w.selection().set(NodeKey.trip(SampleProjectBuilder.SCALE_TRIP)));
        robot.interact(() -> w.edits().addItem(org.roadshow.model.ItemKind.MEETING));
        MenuItem undo = w.actions().menuBar().getMenus().get(1).getItems().get(0);
        assertEquals("_Undo Add meeting New meeting", undo.getText());
        assertFalse(undo.isDisable());
    }

    @Test
    void aFileFromANewerRoadshowIsReadOnlyWithABanner(FxRobot robot) throws Exception {
        Path newer = dir.resolve("newer.roadshow");
        Files.writeString(newer, Files.readString(MainWindowFlowTest.SAMPLE)
                .replace("\"formatVersion\": 1", "\"formatVersion\": 3"));
        robot.interact(() -> w.files().openFile(newer));
        assertTrue(w.document().isReadOnly());
        Label banner = robot.lookup(".read-only-banner").queryAs(Label.class);
        assertTrue(banner.isVisible());
        assertTrue(banner.getText().contains("newer Roadshow"), banner.getText());
        assertEquals("newer.roadshow (read-only) — Roadshow", w.window().stage().getTitle());
        assertTrue(menuItem("Save").isDisable());
        assertFalse(menuItem("Save As…").isDisable());
        assertTrue(menuItem("New Trip").isDisable());

        MainWindowFlowTest.selectTalk(robot, w);
        assertTrue(w.window().details().form().orElseThrow().applyButton().isDisabled());
        robot.interact(() -> w.edits().addItem(org.roadshow.model.ItemKind.TALK));
        assertFalse(w.document().isDirty(), "no edit gets through");
        assertFalse(w.window().details().form().orElseThrow().applyButton().getParent().isVisible(), "no Apply to tempt");

        prompts.saveTo(dir.resolve("copy.roadshow"));
        robot.clickOn(robot.lookup(".read-only-bar .button").queryButton());
        assertFalse(w.document().isReadOnly(), "Save As beside the banner makes an editable copy");
        assertFalse(banner.isVisible());
        assertEquals("copy.roadshow — Roadshow", w.window().stage().getTitle());
    }

    @Test
    void viewsAndFileMenuEntriesPlugIn(FxRobot robot) {
        assertTrue(w.window().tabContent(ViewTab.PROGRAMME) instanceof org.roadshow.ui.programme.ProgrammeView);
        assertFalse(w.window().tab(ViewTab.PROGRAMME).getContent() instanceof org.roadshow.ui.programme.ProgrammeView,
                "attached only when first shown");
        robot.interact(() -> w.window().showTab(ViewTab.PROGRAMME));
        assertTrue(w.window().tab(ViewTab.PROGRAMME).getContent() instanceof org.roadshow.ui.programme.ProgrammeView);
        robot.interact(() -> {
            w.window().setTabContent(ViewTab.ROSTER, new Label("roster view"));
            w.actions().addFileMenuItems(new MenuItem("Print Roster…"));
        });
        assertEquals("roster view", ((Label) w.window().tabContent(ViewTab.ROSTER)).getText());
        Menu file = w.actions().menuBar().getMenus().get(0);
        int saveAs = file.getItems().indexOf(menuItem("Save As…"));
        int importAt = file.getItems().indexOf(menuItem("Import Programme…"));
        int exportAt = file.getItems().indexOf(menuItem("Export Calendar…"));
        int printAt = file.getItems().indexOf(menuItem("Print Roster…"));
        int close = file.getItems().indexOf(menuItem("Close"));
        assertTrue(saveAs < importAt && importAt < exportAt && exportAt < printAt && printAt < close,
                "import, export and print sit between Save As and Close, in the order added");
        assertFalse(menuItem("Import Programme…").isDisable());
        robot.interact(w.files()::newProject);
        assertTrue(menuItem("Import Programme…").isDisable(), "no trip to import into");
        assertTrue(menuItem("Export Calendar…").isDisable());
    }

    @Test
    void exportOffersWhatTheSidebarSelects() {
        org.roadshow.model.Project sample = SampleProjectBuilder.build();
        java.util.UUID talk = SampleProjectBuilder.id("fosdem:talk:license");
        assertEquals(java.util.List.of(talk), RoadshowApp.selectedItems(
                NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, org.roadshow.model.ItemKind.TALK, talk), sample));
        assertEquals(4, RoadshowApp.selectedItems(
                NodeKey.group(SampleProjectBuilder.FOSDEM_TRIP, org.roadshow.model.ItemKind.SHIFT), sample).size());
        assertEquals(java.util.List.of(), RoadshowApp.selectedItems(NodeKey.PROJECT, sample));
    }

    @Test
    void noTwoMenuItemsShareAShortcut(FxRobot robot) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        java.util.ArrayDeque<MenuItem> todo = new java.util.ArrayDeque<>(w.actions().menuBar().getMenus());
        while (!todo.isEmpty()) {
            MenuItem item = todo.poll();
            if (item instanceof Menu menu) {
                todo.addAll(menu.getItems());
            } else if (item.getAccelerator() != null) {
                keys.add(item.getAccelerator().getName());
            }
        }
        assertTrue(keys.contains(javafx.scene.input.KeyCombination.keyCombination("Shortcut+T").getName()), keys.toString());
        assertEquals(keys.size(), new java.util.HashSet<>(keys).size(), keys.toString());
    }

    @Test
    void theThemeIsRemembered(FxRobot robot) {
        robot.interact(() -> ((javafx.scene.control.CheckMenuItem) menuItem("Dark Theme")).setSelected(true));
        assertEquals(Theme.DARK, new Settings(prefs).theme());
        assertTrue(w.window().scene().getStylesheets().stream().anyMatch(s -> s.matches(".*/dark(-\\p{XDigit}+\\.bss|\\.css)")));
        robot.interact(() -> ((javafx.scene.control.CheckMenuItem) menuItem("Dark Theme")).setSelected(false));
        assertEquals(Theme.LIGHT, new Settings(prefs).theme());
    }
}
