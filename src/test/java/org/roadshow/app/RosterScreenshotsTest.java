package org.roadshow.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadshow.io.print.RosterFixtures;
import org.roadshow.model.Availability;
import org.roadshow.model.Moment;
import org.roadshow.model.TimeWindow;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.common.ScriptedPrompts;
import org.roadshow.ui.settings.Settings;
import org.roadshow.ui.settings.TestPrefs;
import org.roadshow.ui.theme.Theme;
import org.roadshow.ui.window.ViewTab;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Roster tab in the real window, light and dark, as target/shots/roster-*.png. Run with
 * {@code ROADSHOW_SHOTS=1 mvn -o -q test -Dtest=RosterScreenshotsTest,RosterPdfTest} (the latter adds the first
 * PDF page).
 */
@EnabledIfEnvironmentVariable(named = "ROADSHOW_SHOTS", matches = "1")
@ExtendWith(ApplicationExtension.class)
class RosterScreenshotsTest {
    private Preferences prefs;
    private RoadshowApp.Wiring w;

    @Start
    void start(Stage stage) {
        prefs = TestPrefs.fresh();
        w = RoadshowApp.wire(stage, new Settings(prefs), s -> new ScriptedPrompts(), Background.direct(), () -> { });
        w.window().show(prefs);
        stage.setWidth(1280);
        stage.setHeight(800);
        w.files().openTemplate(RosterFixtures.project(), "Roster screenshots");
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
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", new File(out.toFile(), name + ".png"));
    }

    @Test
    void rosterLightAndDark(FxRobot robot) throws Exception {
        // the first person on the trip (the one the availability editor shows) said when they cannot do duty
        robot.interact(() -> {
            var trip = RosterFixtures.trip(w.document().project());
            var zoe = trip.people().get(0);
            var zone = RosterFixtures.booth(trip).zone();
            w.document().apply(org.roadshow.edit.RosterEdits.setAvailability(trip.id(), new Availability(zoe, 300,
                    List.of(new TimeWindow(new Moment(LocalDateTime.parse("2017-02-05T11:00"), zone),
                            new Moment(LocalDateTime.parse("2017-02-05T12:30"), zone), "press interview")))));
        });
        robot.interact(() -> w.window().showTab(ViewTab.ROSTER));
        FxWait.until("the roster is laid out", () -> robot.lookup("#roster-totals").tryQuery()
                .map(n -> n.getLayoutBounds().getWidth() > 0).orElse(false));
        shot(robot, "roster-light");
        robot.interact(() -> w.window().applyTheme(Theme.DARK));
        shot(robot, "roster-dark");
        robot.interact(() -> w.window().applyTheme(Theme.LIGHT));
    }
}
