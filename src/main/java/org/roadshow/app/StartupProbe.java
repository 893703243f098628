package org.roadshow.app;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.roadshow.ui.Document;

/**
 * For the start-up benchmark ({@code -Droadshow.startupProbe=true}): once the window is showing a project
 * with trips in it (the sample, in the sidebar), waits for the pulse that lays it out and hands it to the
 * renderer, then prints {@link #SHOWN_MARK} and quits. The benchmark times launch to the mark.
 */
final class StartupProbe {
    static final String SHOWN_MARK = "ROADSHOW-BENCH-WINDOW-SHOWN";

    private final Stage stage;
    private final Document document;
    private boolean armed;

    private StartupProbe(Stage stage, Document document) {
        this.stage = stage;
        this.document = document;
    }

    static boolean enabled() {
        return Boolean.getBoolean("roadshow.startupProbe");
    }

    static void install(Stage stage, Document document) {
        StartupProbe probe = new StartupProbe(stage, document);
        InvalidationListener check = o -> probe.check();
        stage.showingProperty().addListener(check);
        document.projectProperty().addListener(check);
    }

    private void check() {
        if (armed || !stage.isShowing() || document.project().trips().isEmpty()) {
            return;
        }
        armed = true;
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(() -> { // after that pulse, which has rendered what it laid out
                    System.out.println(SHOWN_MARK);
                    Platform.exit();
                });
            }
        });
        Platform.requestNextPulse();
    }
}
