package org.roadshow.app;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.ItemKind;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.common.ScriptedPrompts;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.form.BoothForm;
import org.roadshow.ui.form.ConferenceForm;
import org.roadshow.ui.form.TravelForm;
import org.roadshow.ui.form.ZonePicker;
import org.roadshow.ui.settings.Settings;
import org.roadshow.ui.settings.TestPrefs;
import org.roadshow.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pictures of the changed forms, light and dark, with their open pop-ups drawn in: the opening-hours table, the
 * zone list, a travel leg arriving before it departs, a date picker with the conference days, a read-only form.
 * Run with {@code ROADSHOW_SHOTS=1 mvn -o -q test -Dtest=FormScreenshotsTest}; writes target/shots/form-*.png.
 */
@EnabledIfEnvironmentVariable(named = "ROADSHOW_SHOTS", matches = "1")
@ExtendWith(ApplicationExtension.class)
class FormScreenshotsTest {
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

    /** The window, with any pop-up that is open drawn where it shows on screen. */
    private void shot(FxRobot robot, String name) throws Exception {
        Path out = Path.of("target/shots");
        Files.createDirectories(out);
        BufferedImage[] image = new BufferedImage[1];
        robot.interact(() -> {
            Scene scene = w.window().scene();
            image[0] = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
            Graphics2D g = image[0].createGraphics();
            double left = scene.getWindow().getX() + scene.getX();
            double top = scene.getWindow().getY() + scene.getY();
            for (Window popup : Window.getWindows()) {
                if (popup instanceof PopupWindow p && p.isShowing() && p.getScene() != null) {
                    BufferedImage part = SwingFXUtils.fromFXImage(p.getScene().snapshot(null), null);
                    g.drawImage(part, (int) (p.getX() - left), (int) (p.getY() - top), null);
                }
            }
            g.dispose();
        });
        ImageIO.write(image[0], "png", new File(out.toFile(), name + ".png"));
    }

    private void both(FxRobot robot, String name) throws Exception {
        shot(robot, name);
        robot.interact(() -> w.window().applyTheme(Theme.DARK));
        shot(robot, name + "-dark");
        robot.interact(() -> w.window().applyTheme(Theme.LIGHT));
    }

    private void select(FxRobot robot, NodeKey key) {
        robot.interact(() -> w.selection().reveal(key));
        FxWait.until("the form is shown", () -> w.window().details().form().map(f -> f.getWidth() > 0).orElse(false));
    }

    @Test
    void changedForms(FxRobot robot) throws Exception {
        select(robot, NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.BOOTH, SampleProjectBuilder.id("fosdem:booth")));
        robot.interact(() -> {
            BoothForm form = (BoothForm) w.window().details().form().orElseThrow();
            form.hoursEditor().addDay();
            form.hoursEditor().rows().get(2).close().setText("08:00");
        });
        both(robot, "form-booth-hours");
        robot.interact(() -> w.window().details().form().orElseThrow().revert());

        select(robot, NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.CONFERENCE,
                SampleProjectBuilder.id("fosdem:conference")));
        ZonePicker zone = (ZonePicker) ((ConferenceForm) w.window().details().form().orElseThrow()).lookup(".zone-picker");
        robot.clickOn(zone);
        robot.push(KeyCode.DOWN);
        FxWait.until("the zone list is open", zone::isShowing);
        both(robot, "form-zone-list");
        FxWait.replaceText(robot, zone, "GMT+1");
        both(robot, "form-zone-gmt-plus-one");
        robot.push(KeyCode.ESCAPE);
        FxWait.replaceText(robot, zone, "Mars/Olympus");
        robot.push(KeyCode.TAB);
        both(robot, "form-zone-unknown");
        robot.interact(() -> w.window().details().form().orElseThrow().revert());

        javafx.scene.control.DatePicker date = (javafx.scene.control.DatePicker) w.window().details().form().orElseThrow()
                .lookup(".date-picker");
        robot.interact(date::show);
        FxWait.until("the month shows", () -> !robot.lookup(".conference-day").queryAll().isEmpty());
        both(robot, "form-date-picker");
        robot.interact(date::hide);

        select(robot, NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TRAVEL, SampleProjectBuilder.id("fosdem:leg:out")));
        robot.interact(() -> ((TravelForm) w.window().details().form().orElseThrow()).arrivalField().timeField()
                .setText("17:00"));
        both(robot, "form-travel-error");
        robot.interact(() -> w.window().details().form().orElseThrow().revert());

        Path newer = dir.resolve("newer.roadshow");
        Files.writeString(newer, Files.readString(MainWindowFlowTest.SAMPLE)
                .replace("\"formatVersion\": 1", "\"formatVersion\": 3"));
        robot.interact(() -> w.files().openFile(newer));
        select(robot, NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.BOOTH, SampleProjectBuilder.id("fosdem:booth")));
        both(robot, "form-read-only");
        select(robot, NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TRAVEL, SampleProjectBuilder.id("fosdem:leg:out")));
        both(robot, "form-read-only-travel");
    }
}
