package org.roadshow.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Item;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.ui.checklist.ChecklistView;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.document.Selection;
import org.roadshow.ui.theme.Theme;

/**
 * Ticking one item in a 2,000-item checklist (in 40 lists): the edit, the rows it changes and the repaint of
 * the Checklist tab (a snapshot of the scene: CSS, layout and drawing), next to the same tab's repaint with
 * nothing changed, in the same run. Goal: within one frame (16.7 ms). Runs headless on Monocle.
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
        List<ChecklistItem> shown = new ArrayList<>();
        Trip trip = document.project().trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow();
        shown.addAll(trip.items(ChecklistItem.class).subList(0, 12)); // on screen at the top of the list
        int[] next = {0};
        Benchmarks.Medians m = Benchmarks.interleaved(100, 200, () -> onFx(() -> {
            ChecklistItem target = shown.get(next[0]++ % shown.size());
            ChecklistItem now = (ChecklistItem) document.project().item(target.id()).orElseThrow();
            view[0].viewModel().toggle(List.of(now));
            scene[0].snapshot(null);
        }), () -> onFx(() -> scene[0].snapshot(null)));
        System.out.printf("checklist tick in %d items: median %.2f ms (edit, rows and repaint); the tab's empty repaint "
                + "%.2f ms; one frame: 16.7 ms%n", trip.items(ChecklistItem.class).size(), m.figure(), m.baseline());
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
        FutureTask<Void> task = new FutureTask<>(r, null);
        Platform.runLater(task);
        try {
            task.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
