package org.roadshow.bench;

import java.lang.reflect.Method;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.app.RoadshowApp;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Item;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.ui.checklist.ChecklistView;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.ScriptedPrompts;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.document.Selection;
import org.roadshow.ui.settings.Settings;
import org.roadshow.ui.settings.TestPrefs;
import org.roadshow.ui.theme.Theme;
import org.roadshow.ui.window.ViewTab;

/**
 * Ticking one item in a 2,000-item checklist (in 40 lists), as a user feels it: from the tick's edit until the
 * frame is drawn, that is the edit, the rows it changes, the pulse's CSS and layout, and the drawing. Headless
 * (Monocle, software rendering) a frame cannot be timed on screen, so it is drawn with a snapshot of the whole
 * scene, which draws every row where a real frame redraws only what changed; the baseline is therefore the same
 * snapshot with nothing changed (the tab's empty repaint), and the difference is what the tick costs.
 * Three pairs, each alternated with its baseline: the Checklist tab alone; the tick's work before the drawing
 * (edit, rows, CSS and layout) against the same CSS and layout pass with nothing changed; and the whole window
 * (sidebar, status bar and conflict check react to the edit too), against the window's empty repaint.
 * Goal: the tick adds well under a frame (16.7 ms) to the empty repaint. Runs headless on Monocle.
 */
public final class ChecklistTickBench {
    private ChecklistTickBench() {
    }

    public static void main(String[] args) throws Exception {
        run();
        Platform.exit();
    }

    public static void run() throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get();
        Project project = withLongChecklist(SampleProjectBuilder.build(), 2000);
        Document document = new Document(project, null, false);
        ChecklistView[] view = new ChecklistView[1];
        Scene[] scene = new Scene[1];
        onFx(() -> {
            view[0] = new ChecklistView(document, new Selection(), Clock.systemDefaultZone());
            view[0].viewModel().tripIdProperty().set(SampleProjectBuilder.FOSDEM_TRIP);
            scene[0] = new Scene(view[0], 1100, 800);
            scene[0].getStylesheets().setAll(Theme.LIGHT.stylesheets());
            Stage stage = new Stage();
            stage.setScene(scene[0]);
            stage.show();
            scene[0].snapshot(null);
        });
        Ticker tab = new Ticker(document, view[0]::viewModel);
        // each pair is measured on the FX thread, which no pulse interrupts, so that its CPU time is the work's
        Benchmarks.Medians painted = onFx(() -> Benchmarks.interleaved(40, 61, () -> {
            tab.tick();
            scene[0].snapshot(null);
        }, () -> scene[0].snapshot(null)));
        Benchmarks.Medians laidOut = onFx(() -> Benchmarks.interleaved(40, 61, () -> {
            tab.tick();
            pulsePasses(scene[0]);
        }, () -> pulsePasses(scene[0])));

        RoadshowApp.Wiring app = onFx(() -> {
            Stage stage = new Stage();
            RoadshowApp.Wiring w = RoadshowApp.wire(stage, new Settings(TestPrefs.fresh()), s -> new ScriptedPrompts(),
                    Background.direct(), () -> { });
            w.window().show(TestPrefs.fresh());
            stage.setWidth(1280);
            stage.setHeight(800);
            w.files().openTemplate(project, "Checklist benchmark");
            w.selection().set(NodeKey.trip(SampleProjectBuilder.FOSDEM_TRIP));
            w.window().showTab(ViewTab.CHECKLIST);
            w.window().scene().snapshot(null);
            return w;
        });
        Scene window = app.window().scene();
        Ticker inWindow = new Ticker(app.document(),
                () -> ((ChecklistView) app.window().tabContent(ViewTab.CHECKLIST)).viewModel());
        Benchmarks.Medians whole = onFx(() -> Benchmarks.interleaved(20, 31, () -> {
            inWindow.tick();
            window.snapshot(null);
        }, () -> window.snapshot(null)));

        int items = tab.items();
        System.out.printf("checklist tick in %d items, to the drawn tab: median %.2f ms; the tab's empty repaint %.2f ms; "
                        + "the tick adds %.2f ms (paired ratio %.2fx, %d runs); one frame: 16.7 ms%n"
                        + "  on the FX thread (the drawing itself runs on the renderer's): %s%n",
                items, painted.figure(), painted.baseline(), painted.figure() - painted.baseline(),
                painted.pairedRatio(), painted.runs(), painted.cpu());
        System.out.printf("  before the drawing (edit, rows, the pulse's CSS and layout passes): %.2f ms; the same passes "
                + "with nothing changed %.2f ms (%s)%n", laidOut.figure(), laidOut.baseline(), laidOut.cpu());
        System.out.printf("  in the whole window (the sidebar, details, status bar and conflict check follow the edit too): "
                        + "%.2f ms; the window's empty repaint %.2f ms; the tick adds %.2f ms (%s)%n", whole.figure(),
                whole.baseline(), whole.figure() - whole.baseline(), whole.cpu());
    }

    /**
     * What a pulse does before it draws: the scene's CSS pass and layout pass, each over what is marked as needing
     * it. The scene's own methods (package-private in JavaFX), because {@code Node.applyCss()} would restyle
     * every node where the pulse restyles only what changed.
     */
    private static void pulsePasses(Scene scene) {
        try {
            CSS_PASS.invoke(scene);
            LAYOUT_PASS.invoke(scene);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Method CSS_PASS = sceneMethod("doCSSPass");
    private static final Method LAYOUT_PASS = sceneMethod("doLayoutPass");

    private static Method sceneMethod(String name) {
        try {
            Method m = Scene.class.getDeclaredMethod(name);
            m.setAccessible(true);
            return m;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ticks (and next time unticks) the first dozen items of the trip's list, those on screen at the top. */
    private static final class Ticker {
        private final Document document;
        private final java.util.function.Supplier<org.roadshow.ui.checklist.ChecklistViewModel> vm;
        private final List<UUID> shown = new ArrayList<>();
        private int next;

        Ticker(Document document, java.util.function.Supplier<org.roadshow.ui.checklist.ChecklistViewModel> vm) {
            this.document = document;
            this.vm = vm;
            Trip trip = document.project().trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow();
            trip.items(ChecklistItem.class).subList(0, 12).forEach(c -> shown.add(c.id()));
        }

        void tick() {
            UUID target = shown.get(next++ % shown.size());
            vm.get().toggle(List.of((ChecklistItem) document.project().item(target).orElseThrow()));
        }

        int items() {
            return document.project().trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow()
                    .items(ChecklistItem.class).size();
        }
    }

    static Project withLongChecklist(Project sample, int count) {
        Trip trip = sample.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow();
        List<Item> items = new ArrayList<>(trip.items().stream().filter(i -> !(i instanceof ChecklistItem)).toList());
        List<UUID> owners = new ArrayList<>();
        owners.add(null);
        trip.items().stream().filter(i -> !(i instanceof ChecklistItem)).limit(39).forEach(i -> owners.add(i.id()));
        for (int i = 0; i < count; i++) {
            items.add(new ChecklistItem(UUID.randomUUID(), "Item " + i + ": bring or do something", null,
                    i % 3 == 0 ? SampleProjectBuilder.ZOE : null, i % 4 == 0, owners.get(i * owners.size() / count)));
        }
        return sample.withTrip(trip.withItems(items));
    }

    private static void onFx(Runnable r) {
        onFx(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T onFx(Callable<T> c) {
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
