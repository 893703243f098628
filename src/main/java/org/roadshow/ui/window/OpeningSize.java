package org.roadshow.ui.window;

import javafx.beans.InvalidationListener;
import javafx.event.EventHandler;
import javafx.scene.input.InputEvent;
import javafx.stage.Stage;

/**
 * Keeps the size the window opened at against a window manager's stale answer. On Linux, JavaFX creates the
 * native window at GTK's default 200 × 200 and asks for the real size before it is mapped; openbox answers the
 * map with a configure for the old size after the one for the real size, and JavaFX shrinks the stage to it
 * (clamped to the minimum size: the 720 × 480 window). Measured under openbox: a JavaFX hello world that sets
 * 1280 × 800 before {@code show()} ends at 200 × 200.
 *
 * <p>So the size is asked for again right after {@code show()} (that request queues behind the map), and until
 * the user does something the window is watched: a shrink to the minimum or to GTK's default size, smaller than
 * asked, is a stale answer and the size is asked for once more, which ends the watch. Any other size change is
 * the user resizing, and ends it too, as does the first key or click in the window.
 */
final class OpeningSize {
    /** GTK's size for a window nobody sized yet, plus openbox's frame (2 px borders and a 25 px title). */
    static final double GTK_DEFAULT_WIDTH = 202;
    static final double GTK_DEFAULT_HEIGHT = 225;

    private final Stage stage;
    private final double width;
    private final double height;
    private boolean watching = true;
    private boolean pending;
    private boolean applying;
    private final InvalidationListener onResize = o -> resized();
    private final EventHandler<InputEvent> onInput = e -> stop();

    private OpeningSize(Stage stage, double width, double height) {
        this.stage = stage;
        this.width = width;
        this.height = height;
    }

    /** Asks for the size again now (call right after {@code show()}) and watches for a stale shrink. */
    static OpeningSize hold(Stage stage, double width, double height) {
        OpeningSize size = new OpeningSize(stage, width, height);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.widthProperty().addListener(size.onResize);
        stage.heightProperty().addListener(size.onResize);
        if (stage.getScene() != null) {
            stage.getScene().addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, size.onInput::handle);
            stage.getScene().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, size.onInput::handle);
        }
        return size;
    }

    /** True while a stale shrink would still be undone. */
    boolean isWatching() {
        return watching;
    }

    /**
     * Whether one side's length is a window manager's stale answer: shorter than asked, and no longer than the
     * minimum or GTK's default (what a window is before anyone sizes it).
     */
    static boolean isStale(double length, double min, double gtkDefault, double asked) {
        return length < asked - 1 && length <= Math.max(min, gtkDefault) + 1;
    }

    private static boolean isAsked(double length, double asked) {
        return Math.abs(length - asked) <= 1;
    }

    private void resized() {
        if (!watching || applying || stage.isMaximized() || stage.isIconified() || Double.isNaN(stage.getWidth())) {
            return;
        }
        double w = stage.getWidth();
        double h = stage.getHeight();
        boolean wAsked = isAsked(w, width);
        boolean hAsked = isAsked(h, height);
        if (wAsked && hAsked) {
            return;
        }
        // the two sides change one after the other: judge each on its own
        boolean wStale = isStale(w, stage.getMinWidth(), GTK_DEFAULT_WIDTH, width);
        boolean hStale = isStale(h, stage.getMinHeight(), GTK_DEFAULT_HEIGHT, height);
        if ((wAsked || wStale) && (hAsked || hStale)) {
            if (!pending) {
                pending = true;
                // asked from a later pulse: not from inside the property change the stale answer is making
                javafx.application.Platform.runLater(this::askAgain);
            }
        } else {
            stop(); // the user is resizing the window
        }
    }

    private void askAgain() {
        pending = false;
        if (watching) {
            applying = true;
            try {
                stage.setWidth(width);
                stage.setHeight(height);
            } finally {
                applying = false;
            }
            stop(); // put right: from now on a size change is the user's
        }
    }

    private void stop() {
        if (watching) {
            watching = false;
            stage.widthProperty().removeListener(onResize);
            stage.heightProperty().removeListener(onResize);
        }
    }
}
