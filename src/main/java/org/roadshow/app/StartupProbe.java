package org.roadshow.app;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.stage.Stage;
import org.roadshow.ui.Document;
import org.roadshow.ui.Pulses;

/**
 * For the start-up benchmark ({@code -Droadshow.startupProbe=true}). Prints {@link #SHOWN_MARK} once the
 * window shows the project (its first frame, see {@code FirstFrame}) and a pulse has laid that out and
 * handed it to the renderer; then {@link #READY_MARK} once the real window, menus, tree and tabs, shows
 * the project the same way, and quits. The benchmark times launch to each mark.
 */
final class StartupProbe {
    static final String SHOWN_MARK = "ROADSHOW-BENCH-WINDOW-SHOWN";
    static final String READY_MARK = "ROADSHOW-BENCH-WINDOW-READY";

    private static boolean shown;
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

    /** Before the first frame is shown: marks its first pulse. */
    static void firstFrame(Stage stage) {
        Pulses.afterNextPulse(stage.getScene(), StartupProbe::markShown);
    }

    /** When the real window is wired: marks the pulse that lays out the project in it, then quits. */
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
        Pulses.afterNextPulse(stage.getScene(), () -> {
            markShown(); // when there was no first frame
            System.out.println(READY_MARK);
            Platform.exit();
        });
    }

    private static void markShown() {
        if (!shown) {
            shown = true;
            System.out.println(SHOWN_MARK);
        }
    }
}
