package org.roadshow.ui.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.app.RoadshowApp;
import org.roadshow.app.ShotWindow;
import org.roadshow.io.fetch.LocalServer;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.model.Trip;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.theme.Theme;
import org.roadshow.ui.window.ViewTab;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pictures of Import Programme fetching FOSDEM 2021 from a web address (a server on this machine) into a trip
 * with no conference, and of the Schedule tab after the import, light and dark, in target/shots/. Off by default:
 * {@code ROADSHOW_SHOTS=1 mvn -o -q test -Dtest=UrlImportScreenshotsTest}.
 */
@EnabledIfEnvironmentVariable(named = "ROADSHOW_SHOTS", matches = "1")
@ExtendWith(ApplicationExtension.class)
class UrlImportScreenshotsTest {
    static final UUID TRIP = UUID.fromString("5b0c1c36-2021-4f05-9a1e-000000000121");

    @TempDir
    Path dir;
    private ShotWindow window;
    private RoadshowApp.Wiring w;
    private Stage stage;
    private LocalServer server;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        server = new LocalServer();
        Path file = dir.resolve("trips.roadshow");
        Trip trip = new Trip(TRIP, "FOSDEM 2021", List.of(SampleProjectBuilder.LENA, SampleProjectBuilder.ZOE),
                List.of(), List.of());
        ProjectFile.save(SampleProjectBuilder.build().withTrip(trip), file);
        window = ShotWindow.show(stage);
        w = window.wiring();
        w.files().openFile(file);
    }

    @AfterEach
    void cleanUp() {
        server.close();
    }

    @Test
    void importFromAnAddressThenTheScheduleTab(FxRobot robot) throws Exception {
        server.programme("/2021/schedule/xml", ProgrammeFixtures.resource("fosdem_2021.xml"), "\"fosdem-2021\"",
                "Sun, 07 Feb 2021 18:00:00 GMT");
        String url = server.url("/2021/schedule/xml");
        for (Theme theme : Theme.values()) {
            robot.interact(() -> w.window().applyTheme(theme));
            ImportProgrammeDialog[] dialog = new ImportProgrammeDialog[1];
            robot.interact(() -> {
                dialog[0] = new ImportProgrammeDialog(w.document(), w.background(), owner -> Optional.empty(), TRIP);
                dialog[0].initOwner(stage);
                dialog[0].show();
                dialog[0].fetch(url);
            });
            String suffix = theme.name().toLowerCase();
            ShotWindow.shot(robot, dialog[0].getDialogPane().getScene(), "import-url-" + suffix);
            robot.interact(() -> {
                Stage window = (Stage) dialog[0].getDialogPane().getScene().getWindow();
                window.setWidth(ImportProgrammeDialog.MIN_WIDTH);
                window.setHeight(ImportProgrammeDialog.MIN_HEIGHT);
            });
            ShotWindow.shot(robot, dialog[0].getDialogPane().getScene(), "import-url-smallest-" + suffix);
            robot.clickOn((Button) dialog[0].getDialogPane().lookupButton(ImportProgrammeDialog.IMPORT));
            robot.interact(() -> {
                for (NodeKey key : List.of(NodeKey.trip(SampleProjectBuilder.FOSDEM_TRIP),
                        NodeKey.trip(SampleProjectBuilder.SCALE_TRIP), NodeKey.PEOPLE)) {
                    w.window().tree().itemFor(key).setExpanded(false);
                }
                w.selection().set(NodeKey.trip(TRIP));
                w.window().showTab(ViewTab.PROGRAMME);
            });
            ShotWindow.shot(robot, stage.getScene(), "schedule-after-url-import-" + suffix);
            assertEquals(773, w.document().project().trip(TRIP).orElseThrow().programmes().get(0).sessions().size());
            robot.interact(() -> w.document().undo());
        }
    }
}
