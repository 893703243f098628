package org.roadshow.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.app.RoadshowApp;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.model.ItemKind;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.FxWait;
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
 * Pictures of the Timeline tab with the sample project, light and dark, in target/shots/: the SCALE and
 * Florida trip whole, the overnight flight close up, and FOSDEM. Off by default:
 * {@code ROADSHOW_SHOTS=1 mvn -o -q test -Dtest=TimelineScreenshotsTest}.
 */
@EnabledIfEnvironmentVariable(named = "ROADSHOW_SHOTS", matches = "1")
@ExtendWith(ApplicationExtension.class)
class TimelineScreenshotsTest {
    @TempDir
    Path dir;
    private Preferences prefs;
    private RoadshowApp.Wiring w;

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("trips.roadshow");
        ProjectFile.save(SampleProjectBuilder.build(), file);
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
            shot(robot, "timeline-scale-trip" + suffix);
            robot.interact(() -> {
                t.zoomLevelProperty().set(3);
                t.showFrom(LocalDateTime.of(2008, 2, 10, 9, 0).toInstant(ZoneOffset.ofHours(-8)));
            });
            shot(robot, "timeline-overnight-flight" + suffix);
            robot.interact(() -> {
                w.selection().set(NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TALK,
                        SampleProjectBuilder.id("fosdem:talk:license")));
            });
            FxWait.until("FOSDEM is on show", () -> view.trip().map(tr -> tr.id().equals(SampleProjectBuilder.FOSDEM_TRIP)).orElse(false));
            robot.interact(() -> {
                t.zoomLevelProperty().set(3);
                t.showFrom(LocalDateTime.of(2017, 2, 4, 7, 0).toInstant(ZoneOffset.ofHours(1)));
            });
            shot(robot, "timeline-fosdem" + suffix);
            robot.interact(() -> w.selection().set(NodeKey.item(SampleProjectBuilder.SCALE_TRIP, ItemKind.TRAVEL,
                    SampleProjectBuilder.id("scale:leg:redeye"))));
            FxWait.until("SCALE is on show", () -> view.trip().map(tr -> tr.id().equals(SampleProjectBuilder.SCALE_TRIP)).orElse(false));
        }
    }

    private void shot(FxRobot robot, String name) throws Exception {
        Path out = Path.of("target/shots");
        Files.createDirectories(out);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = w.window().scene().snapshot(null));
        File png = new File(out.toFile(), name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", png);
        assertTrue(ImageIO.read(png).getWidth() > 300, name);
    }
}
