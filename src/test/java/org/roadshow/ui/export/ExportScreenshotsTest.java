package org.roadshow.ui.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.roadshow.io.ical.SampleWithProgramme;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pictures of Export Calendar for Zoë (the SCALE trip and empty kinds disabled) and of its confirmation, light and
 * dark, in target/shots/. Off by default: {@code ROADSHOW_SHOTS=1 mvn -o -q test -Dtest=ExportScreenshotsTest}.
 */
@EnabledIfEnvironmentVariable(named = "ROADSHOW_SHOTS", matches = "1")
@ExtendWith(ApplicationExtension.class)
class ExportScreenshotsTest {
    @TempDir
    Path dir;
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(x -> x != owner).toList().forEach(Window::hide));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void exportDialogAndConfirmation(Theme theme, FxRobot robot) throws Exception {
        String suffix = "-" + theme.name().toLowerCase(java.util.Locale.ROOT);
        ExportCalendarDialog[] export = new ExportCalendarDialog[1];
        robot.interact(() -> {
            owner.getScene().getStylesheets().setAll(theme.stylesheets());
            export[0] = new ExportCalendarDialog(SampleWithProgramme.build(), Background.direct(), owner).inFolder(dir)
                    .openingFoldersWith(folder -> { });
            export[0].show();
        });
        robot.clickOn("#whose").clickOn("Zoë Müller");
        shot(robot, export[0].dialog().getDialogPane().getScene(), "export-dialog" + suffix);
        robot.clickOn("#export");
        FxWait.until("the confirmation is shown", () -> Window.getWindows().stream().anyMatch(w -> w.isShowing()
                && w.getScene().lookup("#open-folder") != null));
        Scene done = Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene().lookup("#open-folder") != null)
                .findFirst().orElseThrow().getScene();
        shot(robot, done, "export-done" + suffix);
    }

    private static void shot(FxRobot robot, Scene scene, String name) throws Exception {
        Path out = Path.of("target/shots");
        Files.createDirectories(out);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        File png = out.resolve(name + ".png").toFile();
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", png);
        assertTrue(png.length() > 0, name);
    }
}
