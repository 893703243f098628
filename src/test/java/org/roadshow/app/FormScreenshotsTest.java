package org.roadshow.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.ItemKind;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.form.BoothForm;
import org.roadshow.ui.form.ConferenceForm;
import org.roadshow.ui.form.TravelForm;
import org.roadshow.ui.form.ZonePicker;
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
    private ShotWindow window;
    private RoadshowApp.Wiring w;

    @Start
    void start(Stage stage) throws Exception {
        window = ShotWindow.show(stage).openSample(dir);
        w = window.wiring();
    }

    private void both(FxRobot robot, String name) throws Exception {
        window.shotWithPopups(robot, name);
        robot.interact(() -> w.window().applyTheme(Theme.DARK));
        window.shotWithPopups(robot, name + "-dark");
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
