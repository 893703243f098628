package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ListCell;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.Edits;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Talk;
import org.roadshow.plan.Conflict;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.common.ScriptedPrompts;
import org.roadshow.ui.conflicts.ConflictsCount;
import org.roadshow.ui.conflicts.ConflictsPanel;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.form.TalkForm;
import org.roadshow.ui.settings.Settings;
import org.roadshow.ui.settings.TestPrefs;
import org.roadshow.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The conflicts panel on the real window with the sample: the status bar's count opens it, a click on a
 * conflict selects its items everywhere, the filters narrow it, the count follows edits and undo, and a form
 * shows its item's conflict without blocking Apply. With ROADSHOW_SHOTS=1 it also writes pictures of the
 * panel and of a form with a conflict, light and dark, to target/shots/.
 */
@ExtendWith(ApplicationExtension.class)
class ConflictsPanelTest {
    private static final NodeKey LICENSE_TALK = NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TALK,
            SampleProjectBuilder.id("fosdem:talk:license"));
    private static final NodeKey SAT_PM = NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.SHIFT,
            SampleProjectBuilder.id("fosdem:shift:sat-pm"));

    @TempDir
    Path dir;
    private Preferences prefs;
    private RoadshowApp.Wiring w;
    private ExecutorService work;

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("trips.roadshow");
        Files.copy(MainWindowFlowTest.SAMPLE, file);
        prefs = TestPrefs.fresh();
        // conflicts are checked on a work thread, as in the app: the tests wait for the counts they expect
        work = Executors.newSingleThreadExecutor();
        w = RoadshowApp.wire(stage, new Settings(prefs), s -> new ScriptedPrompts(), new Background(work,
                Platform::runLater), () -> { });
        w.window().show(prefs);
        stage.setWidth(1280);
        stage.setHeight(800);
        w.files().openFile(file);
    }

    @AfterEach
    void cleanUp() {
        work.shutdownNow();
        TestPrefs.remove(prefs);
    }

    private ConflictsCount count(FxRobot robot) {
        return robot.lookup(".conflicts-count").queryAs(ConflictsCount.class);
    }

    private void countShows(FxRobot robot, String text) {
        FxWait.until("the count shows " + text, () -> text.equals(count(robot).getText()));
    }

    private ConflictsPanel openPanel(FxRobot robot) {
        FxWait.until("the count is laid out", () -> count(robot).getWidth() > 0);
        robot.clickOn(count(robot));
        FxWait.until("the panel is shown", () -> w.window().isPanelShown()
                && !robot.lookup(".conflicts-panel .list-cell").queryAll().isEmpty());
        return robot.lookup(".conflicts-panel").queryAs(ConflictsPanel.class);
    }

    private static List<String> shown(ConflictsPanel panel) {
        return panel.list().getItems().stream().map(Conflict::message).toList();
    }

    @Test
    void theCountOpensThePanelAndAClickSelectsTheConflictsItems(FxRobot robot) {
        countShows(robot, "4 errors, 1 warning");
        assertTrue(count(robot).getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("errors")));
        assertFalse(w.window().isPanelShown(), "hidden until asked for");
        ConflictsPanel panel = openPanel(robot);
        assertEquals(5, panel.list().getItems().size());

        String lena = "Lena Hartmann has booth duty at Xen Project";
        FxWait.until("Lena's conflict is drawn", () -> robot.lookup(".conflicts-panel .list-cell").queryAllAs(ListCell.class)
                .stream().anyMatch(c -> c.getItem() instanceof Conflict k && k.message().startsWith(lena)
                        && c.getWidth() > 0));
        ListCell<?> cell = robot.lookup(".conflicts-panel .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof Conflict k && k.message().startsWith(lena))
                .findFirst().orElseThrow();
        robot.clickOn(cell);
        FxWait.until("the talk and the shift are selected", () -> w.selection().items().equals(List.of(LICENSE_TALK,
                SAT_PM)));
        assertEquals(LICENSE_TALK, w.selection().get(), "the sidebar shows the first of them");
        FxWait.until("the sidebar row follows", () -> w.window().tree().getSelectionModel().getSelectedItem() != null
                && w.window().tree().getSelectionModel().getSelectedItem().getValue().label()
                .equals("Mixed License FOSS Projects"));

        robot.clickOn(count(robot));
        FxWait.until("the count hides the panel again", () -> !w.window().isPanelShown());
    }

    @Test
    void theFiltersNarrowByTripAndPerson(FxRobot robot) {
        countShows(robot, "4 errors, 1 warning");
        ConflictsPanel panel = openPanel(robot);
        robot.interact(() -> panel.tripFilter().getSelectionModel().select(2)); // SCALE
        assertEquals(2, panel.list().getItems().size(), shown(panel).toString());
        assertTrue(shown(panel).get(0).startsWith("Booth duty at OpenVZ"), shown(panel).toString());
        robot.interact(() -> {
            panel.tripFilter().getSelectionModel().select(0);
            panel.personFilter().getSelectionModel().select(panel.personFilter().getItems().stream()
                    .filter(c -> c.name().equals("Lena Hartmann")).findFirst().orElseThrow());
        });
        assertEquals(2, panel.list().getItems().size(), shown(panel).toString());
        assertTrue(shown(panel).stream().allMatch(m -> m.contains("Lena Hartmann")), shown(panel).toString());
        robot.interact(() -> panel.personFilter().getSelectionModel().select(panel.personFilter().getItems().stream()
                .filter(c -> c.name().equals("Mateo García")).findFirst().orElseThrow()));
        assertEquals(List.of(), shown(panel));
    }

    @Test
    void theCountFollowsAnEditThatRemovesAConflictAndItsUndo(FxRobot robot) {
        countShows(robot, "4 errors, 1 warning");
        Talk talk = (Talk) w.document().project().item(LICENSE_TALK.id()).orElseThrow();
        robot.interact(() -> w.document().apply(Edits.putItem(SampleProjectBuilder.FOSDEM_TRIP,
                talk.withStart(talk.start().withTime(talk.start().time().minusHours(1)))
                        .withEnd(talk.end().withTime(talk.end().time().minusHours(1))))));
        countShows(robot, "3 errors, 1 warning"); // Lena's talk now ends before her shift
        robot.interact(() -> w.document().undo());
        countShows(robot, "4 errors, 1 warning");
        robot.interact(() -> w.document().apply(Edits.putItem(SampleProjectBuilder.FOSDEM_TRIP,
                talk.withSpeakers(List.of(SampleProjectBuilder.MATEO)))));
        countShows(robot, "3 errors, 1 warning"); // Mateo is free then
    }

    @Test
    void aFormShowsItsItemsConflictAndStillApplies(FxRobot robot) throws Exception {
        countShows(robot, "4 errors, 1 warning");
        MainWindowFlowTest.selectTalk(robot, w);
        TalkForm form = (TalkForm) w.window().details().form().orElseThrow();
        assertEquals(List.of("Conflict: Lena Hartmann has booth duty at Xen Project (Sat 4 Feb 12:00–18:00) during the "
                + "talk “Mixed License FOSS Projects” (Sat 4 Feb 11:35–12:20)."), form.conflicts().lines());
        assertTrue(form.conflicts().isVisible());
        shots(robot, "conflicts-form");

        FxWait.replaceText(robot, form.titleField(), "Licences in mixed projects");
        robot.push(KeyCode.ENTER);
        assertEquals("Licences in mixed projects", w.document().project().item(LICENSE_TALK.id()).orElseThrow().label(),
                "a conflict does not block Apply");
        robot.interact(() -> w.document().apply(Edits.putItem(SampleProjectBuilder.FOSDEM_TRIP,
                ((Talk) w.document().project().item(LICENSE_TALK.id()).orElseThrow()).withSpeakers(
                        List.of(SampleProjectBuilder.MATEO)))));
        TalkForm after = (TalkForm) w.window().details().form().orElseThrow();
        FxWait.until("the form's conflicts go with the clash", () -> !after.conflicts().isVisible());
        countShows(robot, "3 errors, 1 warning");

        openPanel(robot);
        robot.interact(() -> w.document().undo());
        shots(robot, "conflicts-panel");
    }

    /** Light and dark pictures of the window when ROADSHOW_SHOTS=1. */
    private void shots(FxRobot robot, String name) throws Exception {
        if (!"1".equals(System.getenv("ROADSHOW_SHOTS"))) {
            return;
        }
        Path out = Path.of("target/shots");
        Files.createDirectories(out);
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            robot.interact(() -> w.window().applyTheme(theme));
            WritableImage[] image = new WritableImage[1];
            robot.interact(() -> image[0] = w.window().scene().snapshot(null));
            File png = new File(out.toFile(), name + (theme == Theme.DARK ? "-dark" : "") + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", png);
        }
        robot.interact(() -> w.window().applyTheme(Theme.LIGHT));
    }
}
