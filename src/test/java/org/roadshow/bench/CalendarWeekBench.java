package org.roadshow.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import com.calendarfx.view.EntryViewBase;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.ItemFactory;
import org.roadshow.model.Project;
import org.roadshow.ui.calendar.CalendarFixtures;
import org.roadshow.ui.calendar.CalendarPane;
import org.roadshow.ui.calendar.CalendarSpan;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.document.Selection;

/**
 * The Calendar tab's week view laid out with FOSDEM 2021's 773 sessions starred (its week, from a week
 * without entries: CSS, entry views and layout of one pulse), against the same step in a project with no
 * programme (the empty view), headless on Monocle, medians of alternated runs. Goal: under 50 ms.
 */
public final class CalendarWeekBench {
    private static final LocalDate FOSDEM_2021 = LocalDate.of(2021, 2, 6);

    private CalendarWeekBench() {
    }

    public static void main(String[] args) throws Exception {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 31);
        Platform.exit();
    }

    public static void run(int rounds) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) { // another benchmark of the run started it
            started.complete(null);
        }
        started.get(30, TimeUnit.SECONDS);
        Project full = CalendarFixtures.fosdem2021StarredBy(SampleProjectBuilder.LENA);
        Project empty = SampleProjectBuilder.build();
        CalendarPane[] panes = new CalendarPane[2];
        onFx(() -> {
            panes[0] = pane(full);
            panes[1] = pane(empty);
        });
        for (int i = 0; i < 20; i++) { // warm-up
            layOut(panes[0], new long[2]);
            layOut(panes[1], new long[2]);
        }
        long[] figure = new long[rounds];
        long[] baseline = new long[rounds];
        long[] figureCpu = new long[rounds];
        long[] baselineCpu = new long[rounds];
        int shown = 0;
        for (int i = 0; i < rounds; i++) {
            long[] t = new long[2];
            System.gc();
            shown = layOut(panes[0], t);
            figure[i] = t[0];
            figureCpu[i] = t[1];
            layOut(panes[1], t);
            baseline[i] = t[0];
            baselineCpu[i] = t[1];
        }
        double f = Benchmarks.median(figure) / 1e6;
        double b = Benchmarks.median(baseline) / 1e6;
        double fc = Benchmarks.median(figureCpu) / 1e6;
        double bc = Benchmarks.median(baselineCpu) / 1e6;
        System.out.printf("calendar week: %.1f ms with %d entries drawn (empty view: %.1f ms; the entries add %.1f ms); "
                        + "CPU time of the FX thread %.1f ms (empty view %.1f ms); %d alternated runs; goal < 50 ms%n",
                f, shown, b, f - b, fc, bc, rounds);
        // no Platform.exit here: the next JavaFX benchmark of the run needs the toolkit; Benchmarks.main exits
    }

    private static CalendarPane pane(Project project) {
        CalendarPane pane = new CalendarPane(new Document(project, null, false), new Selection(),
                new ItemFactory(Clock.systemUTC()));
        Stage stage = new Stage();
        stage.setScene(new Scene(pane, 1280, 800));
        stage.show();
        pane.showSpan(CalendarSpan.WEEK);
        return pane;
    }

    /** Away to an empty week and back to FOSDEM 2021's: the week's entries are made, styled and laid out. */
    private static int layOut(CalendarPane pane, long[] took) throws Exception {
        int[] count = new int[1];
        onFx(() -> {
            pane.showDate(FOSDEM_2021.minusWeeks(8));
            pane.applyCss();
            pane.layout();
        });
        onFx(() -> {
            long c0 = Benchmarks.cpuNanos();
            long t0 = System.nanoTime();
            pane.showDate(FOSDEM_2021);
            pane.applyCss();
            pane.layout();
            took[0] = System.nanoTime() - t0;
            took[1] = Benchmarks.cpuNanos() - c0;
            count[0] = (int) pane.lookupAll("*").stream()
                    .filter(n -> n instanceof EntryViewBase<?> v && v.isVisible()).count();
        });
        return count[0];
    }

    private static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }
}
