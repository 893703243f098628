package org.roadshow.app;

import java.time.LocalDateTime;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadshow.io.print.RosterFixtures;
import org.roadshow.model.Availability;
import org.roadshow.model.Moment;
import org.roadshow.model.TimeWindow;
import org.roadshow.ui.common.FxWait;
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
    private ShotWindow window;
    private RoadshowApp.Wiring w;

    @Start
    void start(Stage stage) {
        window = ShotWindow.show(stage);
        w = window.wiring();
        w.files().openTemplate(RosterFixtures.project(), "Roster screenshots");
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
        window.shot(robot, "roster-light");
        robot.interact(() -> w.window().applyTheme(Theme.DARK));
        window.shot(robot, "roster-dark");
        robot.interact(() -> w.window().applyTheme(Theme.LIGHT));
    }
}
