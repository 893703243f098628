package org.roadshow.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that waits until a frame is on its way to the screen. */
public final class Pulses {
    private Pulses() {
    }

    /**
     * Runs {@code then} on the FX thread once the scene's next pulse has laid it out and handed it to the
     * renderer (not inside that pulse, so slow work does not hold the frame back).
     */
    public static void afterNextPulse(Scene scene, Runnable then) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(then);
            }
        });
        Platform.requestNextPulse();
    }
}
