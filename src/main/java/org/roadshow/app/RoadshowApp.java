package org.roadshow.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: the one place that wires the document, the views and the services. */
public final class RoadshowApp extends Application {
    static void start(String[] args) {
        Application.launch(RoadshowApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Roadshow");
        stage.setScene(new Scene(new Label("Roadshow"), 800, 600));
        stage.show();
    }
}
