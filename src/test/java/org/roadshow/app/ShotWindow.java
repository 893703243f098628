package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.model.Project;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.ScriptedPrompts;
import org.roadshow.ui.settings.Settings;
import org.roadshow.ui.settings.TestPrefs;
import org.testfx.api.FxRobot;

/**
 * The screenshot tests' window: the whole app wired into the test's stage at 1280 × 800 (the size of the
 * README's pictures), with settings in memory, scripted prompts and background work run in place; and the
 * pictures of it, or of any scene, written to {@code target/shots/NAME.png}.
 */
public final class ShotWindow {
    public static final Path SHOTS = Path.of("target/shots");
    public static final Path SAMPLE = Path.of("assets/samples/roadshow-sample.roadshow");

    private final RoadshowApp.Wiring wiring;

    private ShotWindow(RoadshowApp.Wiring wiring) {
        this.wiring = wiring;
    }

    /** The window, shown and empty. */
    public static ShotWindow show(Stage stage) {
        return show(stage, w -> { });
    }

    /** The window, with {@code beforeShow} run on the wiring before it is shown (a tab's content, say). */
    public static ShotWindow show(Stage stage, Consumer<RoadshowApp.Wiring> beforeShow) {
        Preferences prefs = TestPrefs.fresh();
        RoadshowApp.Wiring w = RoadshowApp.wire(stage, new Settings(prefs), s -> new ScriptedPrompts(),
                Background.direct(), () -> { });
        beforeShow.accept(w);
        w.window().show(prefs);
        stage.setWidth(1280);
        stage.setHeight(800);
        return new ShotWindow(w);
    }

    public RoadshowApp.Wiring wiring() {
        return wiring;
    }

    /** Opens a copy of the sample project file, saved in {@code dir}. */
    public ShotWindow openSample(Path dir) throws IOException {
        Path file = dir.resolve("trips.roadshow");
        Files.copy(SAMPLE, file);
        wiring.files().openFile(file);
        return this;
    }

    /** Saves {@code project} as {@code dir}/trips.roadshow and opens it, as a user opens a file. */
    public ShotWindow open(Path dir, Project project) throws Exception {
        Path file = dir.resolve("trips.roadshow");
        ProjectFile.save(project, file);
        wiring.files().openFile(file);
        return this;
    }

    /** The window's picture. */
    public void shot(FxRobot robot, String name) throws IOException {
        shot(robot, wiring.window().scene(), name);
    }

    /** The window's picture with the pop-ups that are open (menus, pickers) drawn where they show on screen. */
    public void shotWithPopups(FxRobot robot, String name) throws IOException {
        BufferedImage[] image = new BufferedImage[1];
        robot.interact(() -> {
            Scene scene = wiring.window().scene();
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
        write(image[0], name);
    }

    /** A picture of {@code scene} (the window's, a dialog's, a menu's). */
    public static void shot(FxRobot robot, Scene scene, String name) throws IOException {
        BufferedImage[] image = new BufferedImage[1];
        robot.interact(() -> image[0] = SwingFXUtils.fromFXImage(scene.snapshot(null), null));
        write(image[0], name);
        assertTrue(ImageIO.read(SHOTS.resolve(name + ".png").toFile()).getWidth() > 100, name + " was drawn");
    }

    private static void write(BufferedImage image, String name) throws IOException {
        Files.createDirectories(SHOTS);
        File png = SHOTS.resolve(name + ".png").toFile();
        ImageIO.write(image, "png", png);
    }
}
