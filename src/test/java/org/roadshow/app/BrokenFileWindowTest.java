package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.model.Project;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.FxPrompts;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.settings.Settings;
import org.roadshow.ui.settings.TestPrefs;
import org.roadshow.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Opening a damaged project in the window: the real error dialog says what is wrong in plain words with the
 * technical detail beneath and offers the backup beside the file, which then opens in its place, unsaved.
 * With ROADSHOW_SHOTS=1 it also writes target/shots/broken-file-{light,dark}.png.
 */
@ExtendWith(ApplicationExtension.class)
class BrokenFileWindowTest {
    @TempDir
    Path dir;
    private RoadshowApp.Wiring w;
    private Path file;
    private Project firstSave;

    @Start
    void start(Stage stage) {
        w = RoadshowApp.wire(stage, new Settings(TestPrefs.fresh()), FxPrompts::new, Background.direct(), () -> { });
        w.window().show(TestPrefs.fresh());
    }

    @BeforeEach
    void damagedFileWithABackup() throws Exception {
        file = dir.resolve("trips.roadshow");
        firstSave = SampleProjectBuilder.build();
        ProjectFile.save(firstSave, file);
        ProjectFile.save(firstSave.withName("Second save"), file); // the first save is now trips.roadshow.bak
        String whole = Files.readString(file);
        Files.writeString(file, whole.substring(0, whole.length() / 3)); // cut off, as by a full disk
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(x -> x != w.window().stage()).toList()
                .forEach(Window::hide));
    }

    private DialogPane openAndWaitForTheError() {
        Platform.runLater(() -> w.files().openFile(file));
        FxWait.until("the error is shown", () -> error().isPresent());
        return error().orElseThrow();
    }

    private static Optional<DialogPane> error() {
        return Window.getWindows().stream().filter(Window::isShowing).map(x -> x.getScene().getRoot())
                .filter(r -> r instanceof DialogPane p && String.valueOf(p.getHeaderText()).startsWith("Could not open"))
                .map(DialogPane.class::cast).findFirst();
    }

    @Test
    void theErrorSaysItInPlainWordsAndOpensTheBackup(FxRobot robot) {
        DialogPane pane = openAndWaitForTheError();
        assertEquals("Could not open “trips.roadshow”", pane.getHeaderText());
        assertEquals("The file ends early; it looks cut off.", ((Label) pane.lookup("#problem")).getText());
        String technical = ((Label) pane.lookup("#technical")).getText();
        assertTrue(technical.startsWith(file + ", line "), technical);
        assertTrue(technical.contains("Unexpected end-of-input"), "the parser's words come beneath: " + technical);
        assertTrue(technical.contains("A backup from before the last save, trips.roadshow.bak ("), technical);
        Button open = (Button) pane.getButtonTypes().stream().filter(b -> b.getText().equals("Open Backup"))
                .map(pane::lookupButton).findFirst().orElseThrow();
        robot.clickOn(open);
        FxWait.until("the backup is open", () -> w.document().file().isPresent());
        assertEquals(firstSave, w.document().project());
        assertEquals(Optional.of(file), w.document().file(), "bound to the damaged file, so Save puts it back");
        assertTrue(w.document().isDirty(), "what is shown is not what the file holds");
    }

    @Test
    void withoutABackupThereIsNothingToOffer(FxRobot robot) throws Exception {
        Files.delete(Path.of(file + ".bak"));
        DialogPane pane = openAndWaitForTheError();
        assertEquals("The file ends early; it looks cut off.", ((Label) pane.lookup("#problem")).getText());
        assertTrue(pane.getButtonTypes().stream().noneMatch(b -> b.getText().equals("Open Backup")));
        robot.interact(() -> pane.getScene().getWindow().hide());
        assertTrue(w.document().file().isEmpty(), "nothing opened");
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    @EnabledIfEnvironmentVariable(named = "ROADSHOW_SHOTS", matches = "1")
    void screenshot(Theme theme, FxRobot robot) throws Exception {
        robot.interact(() -> w.window().applyTheme(theme));
        DialogPane pane = openAndWaitForTheError();
        Path out = Path.of("target/shots");
        Files.createDirectories(out);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = pane.getScene().snapshot(null));
        File png = out.resolve("broken-file-" + theme.name().toLowerCase(java.util.Locale.ROOT) + ".png").toFile();
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", png);
        assertTrue(png.length() > 0);
    }
}
