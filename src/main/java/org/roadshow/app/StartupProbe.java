package org.roadshow.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.roadshow.ui.common.FxPrompts;
import org.roadshow.ui.common.Prompts;
import org.roadshow.ui.common.Pulses;
import org.roadshow.ui.document.Document;

/**
 * For the start-up benchmark and the build's training run ({@code -Droadshow.startupProbe=true}). Once the
 * window shows the project and a pulse has laid it out, the probe prints {@link #SHOWN_MARK} and presses
 * Shortcut+O on the window, as a user would. The File menu's accelerator runs the Open action, which asks
 * for a file: there the probe prints {@link #ANSWERED_MARK} instead of showing the file chooser, and quits.
 */
final class StartupProbe {
    static final String SHOWN_MARK = "ROADSHOW-BENCH-WINDOW-SHOWN";
    static final String ANSWERED_MARK = "ROADSHOW-BENCH-INPUT-ANSWERED";

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

    /** The window's prompts, except that asking for a file to open marks the answer and quits. */
    static Prompts prompts(Stage stage) {
        return new AnsweringPrompts(new FxPrompts(stage), () -> {
            System.out.println(ANSWERED_MARK);
            Platform.exit();
        });
    }

    /** When the window is wired: presses Shortcut+O once it shows the project. */
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
            System.out.println(SHOWN_MARK);
            pressShortcutO(stage.getScene());
        });
    }

    /** Shortcut+O as the keyboard delivers it: to the focused control, else the scene (accelerators see both). */
    static void pressShortcutO(Scene scene) {
        boolean mac = System.getProperty("os.name", "").startsWith("Mac");
        EventTarget target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene;
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.O, false, !mac, false, mac));
    }

    /** Prompts that hand every question to the real ones but the one for a file to open. */
    static final class AnsweringPrompts implements Prompts {
        private final Prompts real;
        private final Runnable openAsked;

        AnsweringPrompts(Prompts real, Runnable openAsked) {
            this.real = real;
            this.openAsked = openAsked;
        }

        @Override
        public Optional<Path> chooseFileToOpen(Path initialFolder) {
            openAsked.run();
            return Optional.empty();
        }

        @Override
        public SaveChoice askSaveChanges(String documentName) {
            return real.askSaveChanges(documentName);
        }

        @Override
        public PendingChoice askKeepEditing(String header, String problems) {
            return real.askKeepEditing(header, problems);
        }

        @Override
        public boolean confirm(String header, String detail, String okLabel) {
            return real.confirm(header, detail, okLabel);
        }

        @Override
        public void error(String header, String detail) {
            real.error(header, detail);
        }

        @Override
        public void info(String header, String detail) {
            real.info(header, detail);
        }

        @Override
        public Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName) {
            return real.chooseFileToSave(initialFolder, suggestedName);
        }
    }
}
