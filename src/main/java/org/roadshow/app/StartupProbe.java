package org.roadshow.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
import org.roadshow.ui.window.MainWindow;

/**
 * For the start-up benchmark and the build's training run ({@code -Droadshow.startupProbe=true}). Once the
 * window shows and has the project, and a pulse has laid it out, the probe prints {@link #SHOWN_MARK} and
 * presses Shortcut+O on the window, as a user would; the key waits behind whatever the window has queued
 * before it. The File menu's accelerator runs the Open action, which asks for a file: there the probe prints
 * {@link #ANSWERED_MARK} instead of showing the file chooser. It then waits until the sidebar's rows and the
 * form (built after the first frame) have been laid out, prints {@link #PROJECT_SHOWN_MARK} and the time of each
 * step of the start ({@link #step}), and quits.
 */
final class StartupProbe {
    static final String SHOWN_MARK = "ROADSHOW-BENCH-WINDOW-SHOWN";
    static final String ANSWERED_MARK = "ROADSHOW-BENCH-INPUT-ANSWERED";
    static final String PROJECT_SHOWN_MARK = "ROADSHOW-BENCH-PROJECT-SHOWN";
    /** The probe of the window being started, once installed. */
    private static volatile StartupProbe installed;

    /** The steps of the start with their {@code System.nanoTime()}, in the order reached. */
    private static final List<String> STEPS = Collections.synchronizedList(new ArrayList<>());

    private final Stage stage;
    private final Document document;
    private final MainWindow window;
    private boolean armed;

    private StartupProbe(Stage stage, Document document, MainWindow window) {
        this.stage = stage;
        this.document = document;
        this.window = window;
    }

    static boolean enabled() {
        return Boolean.getBoolean("roadshow.startupProbe");
    }

    /** With the probe on, notes that the start has reached {@code step}; printed once the window has answered. */
    static void step(String step) {
        if (enabled()) {
            STEPS.add(System.nanoTime() + " " + step);
        }
    }

    /** Each step's time after the JVM's launch (to 10 ms, as the system tells it) and after {@code main}. */
    private static void printSteps() {
        long now = System.nanoTime();
        long sinceLaunch = ProcessHandle.current().info().startInstant()
                .map(t -> Duration.between(t, Instant.now()).toNanos()).orElse(0L);
        List<String> steps;
        synchronized (STEPS) {
            steps = List.copyOf(STEPS);
        }
        long first = steps.isEmpty() ? now : Long.parseLong(steps.get(0).split(" ", 2)[0]);
        for (String s : steps) {
            String[] parts = s.split(" ", 2);
            long at = Long.parseLong(parts[0]);
            System.out.printf("ROADSHOW-STEP %5d ms after launch, %5d ms after main: %s%n",
                    (sinceLaunch - (now - at)) / 1_000_000, (at - first) / 1_000_000, parts[1]);
        }
    }

    /** The window's prompts, except that asking for a file to open marks the answer and quits. */
    static Prompts prompts(Stage stage) {
        return new AnsweringPrompts(new FxPrompts(stage), () -> {
            System.out.println(ANSWERED_MARK);
            step("answered Shortcut+O");
            StartupProbe probe = installed;
            if (probe != null) {
                probe.awaitContent();
            } else {
                printSteps();
                Platform.exit();
            }
        });
    }

    /** When the window is wired: presses Shortcut+O once it shows the project. */
    static void install(Stage stage, Document document, MainWindow window) {
        StartupProbe probe = new StartupProbe(stage, document, window);
        installed = probe;
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
            step("window laid out, project read");
            pressShortcutO(stage.getScene());
        });
    }

    /** Quits once a pulse has laid out the sidebar's rows and the form with the project. */
    private void awaitContent() {
        if (window.isContentBuilt() && !document.project().trips().isEmpty()) {
            Pulses.afterNextPulse(stage.getScene(), () -> {
                System.out.println(PROJECT_SHOWN_MARK);
                step("sidebar and form laid out with the project");
                printSteps();
                Platform.exit();
            });
        } else {
            Pulses.afterNextPulse(stage.getScene(), this::awaitContent);
        }
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
        public boolean fileProblem(String header, String problem, String detail, String offer) {
            return real.fileProblem(header, problem, detail, offer);
        }

        @Override
        public Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName) {
            return real.chooseFileToSave(initialFolder, suggestedName);
        }
    }
}
