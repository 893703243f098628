package org.roadshow.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The baseline for start-up time: a JavaFX hello world with Roadshow's Shortcut+O accelerator. Once a pulse
 * has laid its window out it prints {@link StartupBench#SHOWN_MARK} and presses Shortcut+O, as Roadshow's
 * probe does; the accelerator's handler prints {@link StartupBench#ANSWERED_MARK} and quits.
 */
public final class HelloFx extends Application {
    /** A plain main class, as Roadshow's Launcher: JavaFX refuses an Application main on the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(HelloFx.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Label hello = new Label("Hello, world");
        Scene scene = new Scene(hello, 800, 600);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+O"), () -> {
            System.out.println(StartupBench.ANSWERED_MARK);
            Platform.exit();
        });
        stage.setScene(scene);
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(() -> {
                    System.out.println(StartupBench.SHOWN_MARK);
                    boolean mac = System.getProperty("os.name", "").startsWith("Mac");
                    Event.fireEvent(scene.getFocusOwner() != null ? scene.getFocusOwner() : scene,
                            new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.O, false, !mac, false, mac));
                });
            }
        });
        stage.show();
    }
}
