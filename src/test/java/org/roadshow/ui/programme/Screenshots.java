package org.roadshow.ui.programme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves a scene as a PNG under target/screenshots, so that a person can look at what the tests saw. */
final class Screenshots {
    private Screenshots() {
    }

    /** Call on the FX thread. */
    static Path save(Scene scene, String name) {
        WritableImage image = scene.snapshot(null);
        Path dir = Path.of("target", "screenshots");
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
