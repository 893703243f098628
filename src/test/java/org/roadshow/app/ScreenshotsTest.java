package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.Item;
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
 * Pictures of every screen in target/shots/ for a person to look at (and the README's screenshot); it only
 * checks that each picture was written. Off by default.
 * Run with {@code ROADSHOW_SHOTS=1 mvn -o -q test -Dtest=ScreenshotsTest}.
 */
@EnabledIfEnvironmentVariable(named = "ROADSHOW_SHOTS", matches = "1")
@ExtendWith(ApplicationExtension.class)
class ScreenshotsTest {
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
        stage.setWidth(1280);
        stage.setHeight(800);
        w.files().openFile(file);
    }

    @AfterEach
    void cleanUp() {
        TestPrefs.remove(prefs);
    }

    private void shot(FxRobot robot, String name) throws Exception {
        Path out = Path.of("target/shots");
        Files.createDirectories(out);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = w.window().scene().snapshot(null));
        File png = new File(out.toFile(), name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", png);
        assertEquals(1280, ImageIO.read(png).getWidth(), name);
    }

    private void select(FxRobot robot, NodeKey key) {
        robot.interact(() -> w.selection().reveal(key));
    }

    /** The README picture: the sample with a talk selected, in a fresh window. */
    @Test
    void readme(FxRobot robot) throws Exception {
        select(robot, NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TALK,
                SampleProjectBuilder.id("fosdem:talk:license")));
        shot(robot, "readme");
        robot.interact(() -> {
            org.roadshow.ui.form.TalkForm form = (org.roadshow.ui.form.TalkForm) w.window().details().form().orElseThrow();
            form.endField().timeField().setText("09:00");
            form.titleField().setText("");
        });
        shot(robot, "invalid");
    }

    @Test
    void everyScreen(FxRobot robot) throws Exception {
        shot(robot, "project");
        select(robot, NodeKey.PEOPLE);
        shot(robot, "people");
        select(robot, NodeKey.person(SampleProjectBuilder.ZOE));
        shot(robot, "person");
        select(robot, NodeKey.trip(SampleProjectBuilder.FOSDEM_TRIP));
        shot(robot, "trip");
        select(robot, NodeKey.group(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.SHIFT));
        shot(robot, "group");
        for (Item item : w.document().project().trips().stream().flatMap(t -> t.items().stream()).toList()) {
            Path out = Path.of("target/shots/" + item.kind().name().toLowerCase() + ".png");
            if (!Files.exists(out)) {
                NodeKey key = NodeKey.item(w.document().project().tripOf(item.id()).orElseThrow().id(), item.kind(),
                        item.id());
                select(robot, key);
                shot(robot, item.kind().name().toLowerCase());
            }
        }
        robot.interact(() -> w.window().showTab(ViewTab.CALENDAR));
        shot(robot, "placeholder");
        robot.interact(() -> w.window().showTab(ViewTab.PROGRAMME));
        shot(robot, "schedule");
        select(robot, NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TALK,
                SampleProjectBuilder.id("fosdem:talk:license")));
        robot.interact(() -> w.window().applyTheme(Theme.DARK));
        shot(robot, "dark-talk");
        robot.interact(() -> w.window().applyTheme(Theme.LIGHT));
        shot(robot, "talk-selected");
        robot.interact(w.files()::newProject);
        shot(robot, "empty");
        robot.interact(() -> w.window().applyTheme(Theme.DARK));
        shot(robot, "empty-dark");
        robot.interact(() -> w.window().applyTheme(Theme.LIGHT));
    }

    /** A checklist item due the evening before the demo it belongs to: the form says which day that is. */
    @Test
    void checklistItemDueBeforeAnItem(FxRobot robot) throws Exception {
        java.util.UUID backup = SampleProjectBuilder.id("fosdem:check:backup");
        org.roadshow.model.ChecklistItem item = (org.roadshow.model.ChecklistItem) w.document().project().item(backup)
                .orElseThrow();
        robot.interact(() -> w.document().apply(org.roadshow.edit.Edits.putItem(SampleProjectBuilder.FOSDEM_TRIP,
                item.withDue(new org.roadshow.model.Due.BeforeItem(SampleProjectBuilder.id("fosdem:demo:xo"), 1,
                        java.time.LocalTime.of(20, 0))))));
        select(robot, NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.CHECKLIST, backup));
        shot(robot, "checklist-due-before-item");
        robot.interact(() -> w.window().applyTheme(Theme.DARK));
        shot(robot, "checklist-due-before-item-dark");
        robot.interact(() -> w.window().applyTheme(Theme.LIGHT));
    }

    /** A file from a newer Roadshow: the banner, and forms that cannot be changed; then the booth form in dark. */
    @Test
    void readOnlyAndDark(FxRobot robot) throws Exception {
        Path newer = dir.resolve("newer.roadshow");
        Files.writeString(newer, Files.readString(MainWindowFlowTest.SAMPLE)
                .replace("\"formatVersion\": 1", "\"formatVersion\": 3"));
        robot.interact(() -> w.files().openFile(newer));
        select(robot, NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.BOOTH, SampleProjectBuilder.id("fosdem:booth")));
        shot(robot, "read-only");
        robot.interact(() -> w.window().applyTheme(Theme.DARK));
        shot(robot, "read-only-dark");
        robot.interact(() -> w.files().openFile(dir.resolve("trips.roadshow")));
        select(robot, NodeKey.trip(SampleProjectBuilder.FOSDEM_TRIP));
        shot(robot, "trip-dark");
        select(robot, NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.BOOTH, SampleProjectBuilder.id("fosdem:booth")));
        robot.interact(() -> {
            org.roadshow.ui.form.BoothForm form = (org.roadshow.ui.form.BoothForm) w.window().details().form().orElseThrow();
            form.hoursEditor().addDay();
            form.hoursEditor().rows().get(form.hoursEditor().rows().size() - 1).close().setText("08:00");
        });
        shot(robot, "booth-invalid-dark");
        robot.interact(() -> w.window().showTab(ViewTab.ROSTER));
        shot(robot, "placeholder-dark");
    }
}
