package org.roadshow.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.roadshow.ui.Pulses;

/** The baseline for start-up time: a JavaFX hello world, launched the same way as Roadshow. */
public final class HelloFx extends Application {
    /** A plain main class, as Roadshow's Launcher: JavaFX refuses an Application main on the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(HelloFx.class, args);
        }
    }

    /** Marks the same moment as Roadshow's probe: its first pulse has laid the window out for the renderer. */
    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Hello, world"), 800, 600);
        stage.setScene(scene);
        Pulses.afterNextPulse(scene, () -> {
            System.out.println(StartupBench.SHOWN_MARK);
            Platform.exit();
        });
        stage.show();
    }
}
