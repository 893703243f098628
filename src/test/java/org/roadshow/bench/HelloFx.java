package org.roadshow.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The baseline for start-up time: a JavaFX hello world, launched the same way as Roadshow. */
public final class HelloFx extends Application {
    /** A plain main class, as Roadshow's Launcher: JavaFX refuses an Application main on the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(HelloFx.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Hello, world"), 800, 600));
        stage.setOnShown(e -> {
            System.out.println(StartupBench.SHOWN_MARK);
            Platform.runLater(Platform::exit);
        });
        stage.show();
    }
}
