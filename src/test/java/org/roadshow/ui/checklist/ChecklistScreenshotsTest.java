package org.roadshow.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.app.RoadshowApp;
import org.roadshow.model.ItemKind;
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

/**
 * Pictures of the Checklist tab with the sample project, light and dark, in target/shots/: the SCALE trip a
 * few days before it starts (two items late, one due this week), and the FOSDEM trip filtered to one person.
 * Off by default: {@code ROADSHOW_SHOTS=1 mvn -o -q test -Dtest=ChecklistScreenshotsTest}.
 */
@EnabledIfEnvironmentVariable(named = "ROADSHOW_SHOTS", matches = "1")
@ExtendWith(ApplicationExtension.class)
class ChecklistScreenshotsTest {
    static final Path SAMPLE = Path.of("assets/samples/roadshow-sample.roadshow");
    @TempDir
    Path dir;
    private Preferences prefs;
    private RoadshowApp.Wiring w;
    private ChecklistView view;

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("trips.roadshow");
        Files.copy(SAMPLE, file);
        prefs = TestPrefs.fresh();
        w = RoadshowApp.wire(stage, new Settings(prefs), s -> new ScriptedPrompts(), Background.direct(), () -> { });
        Clock clock = Clock.fixed(LocalDate.of(2008, 2, 4).atTime(9, 0).atZone(ZoneId.of("America/Los_Angeles"))
                .toInstant(), ZoneId.of("America/Los_Angeles"));
        w.window().setTabContent(ViewTab.CHECKLIST, () -> view = new ChecklistView(w.document(), w.selection(), clock));
        w.window().show(prefs);
        stage.setWidth(1280);
        stage.setHeight(800);
        w.files().openFile(file);
    }

    @AfterEach
    void cleanUp() {
        TestPrefs.remove(prefs);
    }

    private void shot(FxRobot robot, Scene scene, String name) throws Exception {
        Path out = Path.of("target/shots");
        Files.createDirectories(out);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        File png = new File(out.toFile(), name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", png);
        assertTrue(ImageIO.read(png).getWidth() > 300, name);
    }

    @Test
    void checklistTab(FxRobot robot) throws Exception {
        robot.interact(() -> {
            w.window().tree().itemFor(NodeKey.trip(SampleProjectBuilder.FOSDEM_TRIP)).setExpanded(false);
            w.window().tree().itemFor(NodeKey.PEOPLE).setExpanded(false);
            w.selection().set(NodeKey.item(SampleProjectBuilder.SCALE_TRIP, ItemKind.CHECKLIST,
                    SampleProjectBuilder.id("scale:check:cds")));
            w.window().showTab(ViewTab.CHECKLIST);
        });
        for (Theme theme : Theme.values()) {
            robot.interact(() -> w.window().applyTheme(theme));
            shot(robot, w.window().scene(), "checklist-" + theme.name().toLowerCase());
        }
        robot.interact(() -> {
            w.window().applyTheme(Theme.LIGHT);
            view.viewModel().tripIdProperty().set(SampleProjectBuilder.FOSDEM_TRIP);
            view.viewModel().personProperty().set(SampleProjectBuilder.ZOE);
        });
        shot(robot, w.window().scene(), "checklist-mine");
    }

    /** The template editor, opened with the tab's Templates… button, on one of the shipped templates and a team's. */
    @Test
    void templateEditor(FxRobot robot) throws Exception {
        robot.interact(() -> {
            w.document().apply(org.roadshow.edit.ChecklistEdits.saveAsTemplate(SampleProjectBuilder.SCALE_TRIP,
                    SampleProjectBuilder.id("scale:booth"), "SCALE booth"));
            w.window().showTab(ViewTab.CHECKLIST);
        });
        robot.clickOn("#checklist-templates");
        org.roadshow.ui.common.FxWait.until("the template editor shows", () -> robot.lookup("#templates").tryQuery().isPresent());
        javafx.scene.control.ListView<?> list = robot.lookup("#templates").queryAs(javafx.scene.control.ListView.class);
        Scene dialog = list.getScene();
        robot.interact(() -> list.getSelectionModel().select(list.getItems().size() - 1));
        shot(robot, dialog, "checklist-templates-light");
        robot.interact(() -> list.getSelectionModel().select(0));
        shot(robot, dialog, "checklist-templates-shipped-light");
    }
}
