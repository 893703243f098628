package org.roadshow.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.Version;
import org.roadshow.app.RoadshowApp;
import org.roadshow.model.ItemKind;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.common.ScriptedPrompts;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.settings.Settings;
import org.roadshow.ui.settings.TestPrefs;
import org.roadshow.ui.settings.WindowGeometry;
import org.roadshow.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window's size and sidebar, the sample's title, the menus' mnemonics and hints, and the Help menu. */
@ExtendWith(ApplicationExtension.class)
class WindowAndHelpTest {
    private Preferences prefs;
    private RoadshowApp.Wiring w;

    @Start
    void start(Stage stage) {
        prefs = TestPrefs.fresh();
        new WindowGeometry(40, 30, 1000, 700, false).write(prefs);
        w = RoadshowApp.wire(stage, new Settings(prefs), s -> new ScriptedPrompts(), Background.direct(), () -> { });
        w.window().show(prefs);
        w.files().openTemplate(SampleProjectBuilder.build(), "Opened the sample project.");
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(x -> x != w.window().stage()).toList()
                .forEach(Window::hide));
    }

    private Stage stage() {
        return w.window().stage();
    }

    @Test
    void theWindowOpensAtItsRememberedSizeAndAsksAgainWhenTheWindowManagerShrinksIt(FxRobot robot) {
        assertEquals(1000, stage().getWidth(), 1);
        assertEquals(700, stage().getHeight(), 1);
        // what openbox does right after mapping: the stage is told it is GTK's first size, clamped to the minimum
        robot.interact(() -> {
            stage().setWidth(MainWindow.MIN_WIDTH);
            stage().setHeight(MainWindow.MIN_HEIGHT);
        });
        FxWait.until("the window is back at its size", () -> stage().getWidth() == 1000 && stage().getHeight() == 700);
        assertFalse(w.window().isHoldingOpeningSize(), "once put right, the window no longer watches");
        robot.interact(() -> stage().setWidth(MainWindow.MIN_WIDTH));
        assertEquals(MainWindow.MIN_WIDTH, stage().getWidth(), 1, "a later resize is the user's");
    }

    @Test
    void aUserResizeEndsTheWatch(FxRobot robot) {
        robot.interact(() -> stage().setWidth(900));
        assertFalse(w.window().isHoldingOpeningSize());
        robot.interact(() -> stage().setWidth(MainWindow.MIN_WIDTH));
        assertEquals(MainWindow.MIN_WIDTH, stage().getWidth(), 1);
    }

    @Test
    void aStaleSizeIsOneNoLongerThanTheMinimumOrGtksFirstSize() {
        assertTrue(OpeningSize.isStale(720, 720, OpeningSize.GTK_DEFAULT_WIDTH, 1280));
        assertTrue(OpeningSize.isStale(202, 0, OpeningSize.GTK_DEFAULT_WIDTH, 1280));
        assertFalse(OpeningSize.isStale(900, 720, OpeningSize.GTK_DEFAULT_WIDTH, 1280), "a user's resize");
        assertFalse(OpeningSize.isStale(720, 720, OpeningSize.GTK_DEFAULT_WIDTH, 720), "the size asked for");
    }

    @Test
    void theSidebarKeepsItsShareWithinLimitsAsTheWindowIsResized(FxRobot robot) {
        double share = w.window().sidebarShare();
        for (double width : new double[] {1260, MainWindow.MIN_WIDTH, 1000}) { // Monocle's screen is 1280 wide
            robot.interact(() -> stage().setWidth(width));
            double expected = SidebarWidth.width(share, stage().getScene().getWidth(), MainWindow.SIDEBAR_MIN_WIDTH,
                    MainWindow.SIDEBAR_MAX_WIDTH);
            FxWait.until("the sidebar is " + expected + " wide in a window " + width + " wide",
                    () -> Math.abs(w.window().tree().getWidth() - expected) < 8);
        }
        assertEquals(share, w.window().sidebarShare(), 1e-9, "clamped at the smallest window, not stuck there");
        assertEquals(MainWindow.SIDEBAR_MIN_WIDTH, SidebarWidth.width(share, MainWindow.MIN_WIDTH,
                MainWindow.SIDEBAR_MIN_WIDTH, MainWindow.SIDEBAR_MAX_WIDTH));
        assertTrue(stage().getScene().lookup(".view-tabs").getLayoutBounds().getWidth() >= 480,
                "the views keep room beside the sidebar");
        assertEquals(MainWindow.SIDEBAR_MAX_WIDTH, SidebarWidth.width(0.7, 1260, MainWindow.SIDEBAR_MIN_WIDTH,
                MainWindow.SIDEBAR_MAX_WIDTH), "a sidebar dragged wide stops at its widest");
    }

    @Test
    void aRowCutShortShowsItsWholeTextInATooltipAndAShortOneDoesNot() {
        String longTitle = "Live patching the Xen Project hypervisor";
        FxWait.until("the sidebar's rows are laid out", () -> cell(longTitle) != null && cell(longTitle).getWidth() > 0);
        FxWait.until("the long row has its tooltip", () -> cell(longTitle).getTooltip() != null);
        assertEquals(longTitle, cell(longTitle).getTooltip().getText());
        assertNull(cell("Xen Project").getTooltip());
    }

    private TreeCell<?> cell(String text) {
        return w.window().tree().lookupAll(".tree-cell").stream().map(n -> (TreeCell<?>) n)
                .filter(c -> c.getItem() != null && text.equals(c.getText())).findFirst().orElse(null);
    }

    @Test
    void theSidebarMenuAddsDuplicatesAndDeletesThroughUndoableEdits(FxRobot robot) {
        robot.interact(() -> w.selection().reveal(NodeKey.trip(SampleProjectBuilder.FOSDEM_TRIP)));
        List<String> onTrip = texts(w.window().tree().menuForSelection().getItems());
        assertTrue(onTrip.containsAll(List.of("Add Conference", "Add Booth Duty", "Add Checklist Item", "Delete Trip")),
                onTrip.toString());

        NodeKey talk = NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TALK,
                SampleProjectBuilder.id("fosdem:talk:license"));
        robot.interact(() -> w.selection().reveal(talk));
        List<MenuItem> onTalk = w.window().tree().menuForSelection().getItems();
        assertEquals(List.of("Add Talk", "Duplicate", "", "Delete Talk"), texts(onTalk));
        int talks = talks();
        robot.interact(() -> item(onTalk, "Duplicate").fire());
        assertEquals(talks + 1, talks());
        assertEquals(ItemKind.TALK, w.selection().get().kind());
        assertNotEquals(talk, w.selection().get(), "the copy is selected, to be edited");
        assertEquals("Duplicate talk Mixed License FOSS Projects", w.document().undoLabelProperty().get());
        robot.interact(w.document()::undo);
        assertEquals(talks, talks());
    }

    private int talks() {
        return (int) w.document().project().trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow().items().stream()
                .filter(i -> i.kind() == ItemKind.TALK).count();
    }

    private static List<String> texts(List<MenuItem> items) {
        return items.stream().map(i -> i.getText() == null ? "" : ShortcutsDialog.plain(i.getText())).toList();
    }

    private static MenuItem item(List<MenuItem> items, String text) {
        return items.stream().filter(i -> text.equals(ShortcutsDialog.plain(i.getText()))).findFirst().orElseThrow();
    }

    @Test
    void theSampleIsTitledAsTheSampleUntilSavedAndNewIsUntitled(FxRobot robot) {
        assertEquals("Sample project (not saved) — Roadshow", stage().getTitle());
        assertEquals("Sample project", w.files().documentName());
        robot.interact(w.files()::newProject);
        assertEquals("Untitled — Roadshow", stage().getTitle());
    }

    @Test
    void theTripPageShowsItsDatesCityConferencesAndCounts(FxRobot robot) {
        robot.interact(() -> w.selection().reveal(NodeKey.trip(SampleProjectBuilder.FOSDEM_TRIP)));
        FxWait.until("the trip page is shown", () -> !shownTexts().isEmpty() && shownTexts().contains("This trip"));
        List<String> texts = shownTexts();
        assertTrue(texts.containsAll(List.of("Dates", "4–5 Feb 2017", "City", "Brussels", "FOSDEM 2017 (4–5 Feb 2017)",
                "4 talks", "4 booth duty shifts", "4 people")), texts.toString());
        assertTrue(texts.containsAll(List.of("Add Booth Duty", "Add Checklist Item")), "buttons in title case");
    }

    private List<String> shownTexts() {
        List<String> texts = new ArrayList<>();
        ArrayDeque<javafx.scene.Node> todo = new ArrayDeque<>(List.of(w.window().details()));
        while (!todo.isEmpty()) {
            javafx.scene.Node n = todo.poll();
            if (n instanceof Labeled l && l.getText() != null) {
                texts.add(l.getText());
            }
            if (n instanceof javafx.scene.Parent p) {
                todo.addAll(p.getChildrenUnmodifiable());
            }
        }
        return texts;
    }

    @Test
    void menusHaveMnemonicsAndTheTripMenuSaysWhyItsAddItemsAreOff(FxRobot robot) {
        Set<Character> letters = new HashSet<>();
        for (Menu menu : w.actions().menuBar().getMenus()) {
            assertTrue(menu.isMnemonicParsing() && menu.getText().startsWith("_"), menu.getText());
        }
        Menu trip = w.actions().menuBar().getMenus().get(2);
        for (MenuItem item : trip.getItems()) {
            String text = item.getText();
            if (text != null && text.contains("_")) {
                assertTrue(letters.add(Character.toLowerCase(text.charAt(text.indexOf('_') + 1))), "one mnemonic each: " + text);
            }
        }
        List<String> texts = texts(trip.getItems());
        assertTrue(texts.containsAll(List.of("Add Booth Duty", "Add Checklist Item")), texts.toString());
        MenuItem why = trip.getItems().stream().filter(i -> i.getStyleClass().contains("menu-hint")).findFirst().orElseThrow();
        assertTrue(why.isVisible() && why.getText().contains("Select a trip"), why.getText());
        robot.interact(() -> w.selection().set(NodeKey.trip(SampleProjectBuilder.SCALE_TRIP)));
        assertFalse(why.isVisible(), "no hint once the Add items are on");
    }

    @Test
    void f1ShowsEveryMenuShortcutInATableThatFits(FxRobot robot) {
        List<String> accelerators = new ArrayList<>();
        ArrayDeque<MenuItem> todo = new ArrayDeque<>(w.actions().menuBar().getMenus());
        while (!todo.isEmpty()) {
            MenuItem item = todo.poll();
            if (item instanceof Menu menu) {
                todo.addAll(menu.getItems());
            } else if (item.getAccelerator() != null) {
                accelerators.add(item.getAccelerator().getDisplayText());
            }
        }
        List<String> listed = ShortcutsDialog.sections(w.actions().menuBar()).stream()
                .flatMap(s -> s.rows().stream()).map(ShortcutsDialog.Row::keys).toList();
        assertTrue(listed.containsAll(accelerators), listed + " lists " + accelerators);
        for (String key : List.of("Shortcut+E", "Shortcut+W", "Shift+Shortcut+S", "F1", "Shortcut+Y")) {
            assertTrue(listed.contains(KeyCombination.keyCombination(key).getDisplayText()), key + " in " + listed);
        }

        robot.interact(() -> stage().requestFocus());
        robot.push(KeyCode.F1);
        FxWait.until("the shortcuts dialog is shown", () -> dialog("shortcuts-dialog") != null
                && dialog("shortcuts-dialog").getHeight() > 0);
        DialogPane pane = dialog("shortcuts-dialog");
        assertTrue(pane.getHeight() >= pane.getContent().prefHeight(-1) && pane.getWidth() >= pane.getContent().prefWidth(-1),
                "the whole table shows");
        assertTrue(pane.getScene().getWindow().getHeight() <= 800, "it fits a small screen");
    }

    private static DialogPane dialog(String styleClass) {
        return Window.getWindows().stream().filter(Window::isShowing).map(x -> x.getScene().getRoot())
                .filter(r -> r instanceof DialogPane && r.getStyleClass().contains(styleClass))
                .map(r -> (DialogPane) r).findFirst().orElse(null);
    }

    @Test
    void aboutSaysTheVersionJavaJavaFxAndWhereSettingsAndLogsAre(FxRobot robot) {
        var facts = AboutDialog.facts(java.nio.file.Path.of("/tmp/roadshow-logs"));
        assertEquals(Version.number(), facts.get("Version"));
        assertTrue(facts.get("Java").startsWith(System.getProperty("java.runtime.version")), facts.get("Java"));
        assertNotEquals("?", facts.get("JavaFX"));
        assertEquals(Settings.userFile().toString(), facts.get("Settings"));
        assertEquals("/tmp/roadshow-logs", facts.get("Logs"));
        assertNotNull(facts.get("Licence"));
        robot.interact(() -> AboutDialog.show(stage(), null));
        FxWait.until("About is shown", () -> dialog("about-dialog") != null);
        assertEquals(Version.text(), dialog("about-dialog").getHeaderText());
    }

    @Test
    void theUserGuideIsBundledAndShownWithoutABrowser(FxRobot robot) {
        List<UserGuide.Block> blocks = UserGuide.blocks();
        assertEquals("Roadshow user guide", blocks.get(0).text().strip());
        assertTrue(blocks.stream().filter(b -> b.kind().equals("h2")).count() >= 5);
        assertTrue(blocks.stream().anyMatch(b -> b.text().contains("F1")));
        robot.interact(() -> UserGuide.show(stage()));
        FxWait.until("the guide is shown", () -> dialog("user-guide-dialog") != null);
    }

    @Test
    void inTheDarkThemeADisabledApplyLooksLikeTheDisabledRevertBesideIt(FxRobot robot) {
        robot.interact(() -> w.window().applyTheme(Theme.DARK));
        robot.interact(() -> w.selection().reveal(NodeKey.trip(SampleProjectBuilder.FOSDEM_TRIP)));
        FxWait.until("the trip form is shown", () -> w.window().details().form().isPresent()
                && w.window().details().form().get().applyButton().getScene() != null);
        Button apply = w.window().details().form().orElseThrow().applyButton();
        Button revert = (Button) apply.getParent().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Button b && b != apply && b.isDisabled()).findFirst().orElseThrow();
        robot.interact(() -> apply.applyCss());
        assertTrue(apply.isDisabled());
        assertEquals(revert.getBackground().getFills().get(revert.getBackground().getFills().size() - 1).getFill(),
                apply.getBackground().getFills().get(apply.getBackground().getFills().size() - 1).getFill());
    }
}
