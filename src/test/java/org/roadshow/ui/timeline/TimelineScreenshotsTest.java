package org.roadshow.ui.timeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.app.RoadshowApp;
import org.roadshow.app.ShotWindow;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.model.ItemKind;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.theme.Theme;
import org.roadshow.ui.window.ViewTab;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pictures of the Timeline tab with the sample project, light and dark, in target/shots/: the SCALE and
 * Florida trip whole, the overnight flight close up, and FOSDEM. Off by default:
 * {@code ROADSHOW_SHOTS=1 mvn -o -q test -Dtest=TimelineScreenshotsTest}.
 */
@EnabledIfEnvironmentVariable(named = "ROADSHOW_SHOTS", matches = "1")
@ExtendWith(ApplicationExtension.class)
class TimelineScreenshotsTest {
    @TempDir
    Path dir;
    private ShotWindow window;
    private RoadshowApp.Wiring w;

    @Start
    void start(Stage stage) throws Exception {
        window = ShotWindow.show(stage).open(dir, SampleProjectBuilder.build());
        w = window.wiring();
    }

    @Test
    void timelineLightAndDark(FxRobot robot) throws Exception {
        robot.interact(() -> {
            w.selection().set(NodeKey.item(SampleProjectBuilder.SCALE_TRIP, ItemKind.TRAVEL,
                    SampleProjectBuilder.id("scale:leg:redeye")));
            w.window().showTab(ViewTab.TIMELINE);
        });
        TimelineView view = (TimelineView) w.window().tabContent(ViewTab.TIMELINE);
        TripTimeline t = view.timeline();
        Instant now = LocalDateTime.of(2008, 2, 9, 12, 40).toInstant(ZoneOffset.ofHours(-8));
        robot.interact(() -> {
            t.clockProperty().set(Clock.fixed(now, ZoneOffset.UTC));
            t.zoomLevelProperty().set(6);
            t.showFrom(t.lanes().from());
        });
        for (Theme theme : Theme.values()) {
            String suffix = theme == Theme.DARK ? "-dark" : "";
            robot.interact(() -> w.window().applyTheme(theme));
            robot.interact(() -> {
                t.zoomLevelProperty().set(6);
                t.showFrom(t.lanes().from());
            });
            window.shot(robot, "timeline-scale-trip" + suffix);
            robot.interact(() -> {
                t.zoomLevelProperty().set(3);
                t.showFrom(LocalDateTime.of(2008, 2, 10, 9, 0).toInstant(ZoneOffset.ofHours(-8)));
            });
            window.shot(robot, "timeline-overnight-flight" + suffix);
            robot.interact(() -> {
                w.selection().set(NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TALK,
                        SampleProjectBuilder.id("fosdem:talk:license")));
            });
            FxWait.until("FOSDEM is on show", () -> view.trip().map(tr -> tr.id().equals(SampleProjectBuilder.FOSDEM_TRIP)).orElse(false));
            robot.interact(() -> {
                t.zoomLevelProperty().set(3);
                t.showFrom(LocalDateTime.of(2017, 2, 4, 7, 0).toInstant(ZoneOffset.ofHours(1)));
            });
            window.shot(robot, "timeline-fosdem" + suffix);
            robot.interact(() -> w.selection().set(NodeKey.item(SampleProjectBuilder.SCALE_TRIP, ItemKind.TRAVEL,
                    SampleProjectBuilder.id("scale:leg:redeye"))));
            FxWait.until("SCALE is on show", () -> view.trip().map(tr -> tr.id().equals(SampleProjectBuilder.SCALE_TRIP)).orElse(false));
        }
    }

}
