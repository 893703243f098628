package org.roadshow.ui.programme;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.roadshow.io.fetch.Cancellation;
import org.roadshow.io.fetch.FetchProgress;

/**
 * The progress of a download with its Cancel button, shown only while a fetch runs. The network thread reports
 * bytes through {@link #progress()}; the bar follows on the FX thread, one update per pulse at most.
 */
final class FetchProgressRow extends HBox {
    private final ProgressBar bar = new ProgressBar();
    private final Label amount = new Label();
    private final Button cancel = new Button("Cancel");
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong total = new AtomicLong(-1);
    private final AtomicBoolean pending = new AtomicBoolean();
    private Cancellation running;

    FetchProgressRow() {
        super(8);
        setId("import-progress-row");
        setAlignment(Pos.CENTER_LEFT);
        bar.setId("import-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        amount.setId("import-progress-amount");
        amount.setMinWidth(USE_PREF_SIZE);
        cancel.setId("import-cancel");
        cancel.setCancelButton(false);
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
                amount.setText("Cancelling…");
            }
        });
        getChildren().addAll(bar, amount, cancel);
        shown(false);
    }

    /** Shows the row for a new fetch and returns its Cancel. */
    Cancellation start() {
        running = new Cancellation();
        received.set(0);
        total.set(-1);
        bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        amount.setText("Connecting…");
        shown(true);
        return running;
    }

    /** Hides the row; a later report from the network thread changes nothing. */
    void stop() {
        running = null;
        shown(false);
    }

    boolean isRunning() {
        return running != null;
    }

    /** Cancels the fetch in progress, if any. */
    void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** The listener to hand to the fetch: any thread. */
    FetchProgress progress() {
        return (bytes, of) -> {
            received.set(bytes);
            total.set(of);
            if (pending.compareAndSet(false, true)) {
                Platform.runLater(this::show);
            }
        };
    }

    private void show() {
        pending.set(false);
        if (running == null) {
            return;
        }
        long n = received.get();
        long of = total.get();
        bar.setProgress(of > 0 ? Math.min(1.0, (double) n / of) : ProgressBar.INDETERMINATE_PROGRESS);
        amount.setText(of > 0 ? megabytes(n) + " of " + megabytes(of) : megabytes(n));
    }

    private void shown(boolean shown) {
        setVisible(shown);
        setManaged(shown);
    }

    static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%d kB", Math.round(bytes / 1024.0))
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
