package org.roadshow.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.roadshow.edit.BlankItems;
import org.roadshow.model.Item;
import org.roadshow.model.Moment;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.model.TravelMode;
import org.roadshow.model.UnknownFields;
import org.roadshow.plan.Conflict;
import org.roadshow.plan.Conflicts;
import org.roadshow.ui.theme.Theme;
import org.roadshow.ui.timeline.TripTimeline;

/**
 * The Timeline with 2,000 items (12 people over two weeks, a booth, conflicts among them) on a headless
 * screen: showing the trip (its lanes and one drawing of what is in view; then also with its conflict check)
 * against showing an empty trip, and one scroll step (a wheel notch, 40 px of time, redrawn) against the same step on the empty
 * view. Goals (issue 9): under 50 ms and under 8 ms.
 */
public final class TimelineBench {
    private static final ZoneId[] ZONES = {ZoneId.of("Europe/Brussels"), ZoneId.of("America/Los_Angeles"),
            ZoneId.of("America/New_York"), ZoneId.of("Asia/Tokyo")};

    private TimelineBench() {
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
        Project project = project(2000);
        Trip full = project.trips().get(0);
        Trip empty = project.trips().get(1);
        CompletableFuture<String> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(measure(project, full, empty));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        System.out.print(result.get());
    }

    private static String measure(Project project, Trip full, Trip empty) throws Exception {
        TripTimeline big = new TripTimeline();
        TripTimeline bare = new TripTimeline();
        for (TripTimeline t : List.of(big, bare)) {
            Scene scene = new Scene(t, 1100, 700);
            scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
        }
        List<Conflict> conflicts = Conflicts.forTrip(project, full);
        Benchmarks.Medians shown = Benchmarks.interleaved(15, 31,
                () -> show(big, project, full, conflicts), () -> show(bare, project, empty, List.of()));
        Benchmarks.Medians checked = Benchmarks.interleaved(10, 21,
                () -> show(big, project, full, Conflicts.forTrip(project, full)),
                () -> show(bare, project, empty, Conflicts.forTrip(project, empty)));
        show(big, project, full, conflicts);
        show(bare, project, empty, List.of());
        Instant bigStart = big.viewStartProperty().get();
        Instant bareStart = bare.viewStartProperty().get();
        int[] step = {0};
        Benchmarks.Medians scrolled = Benchmarks.interleaved(30, 101,
                () -> scroll(big, bigStart, ++step[0]), () -> scroll(bare, bareStart, step[0]));
        long items = full.timed().count();
        return String.format("timeline of %d items (%d conflicts): lanes built and laid out in %.1f ms; empty trip "
                        + "%.1f ms (paired ratio %.2fx, %d runs; %s)%n"
                        + "  the same with the trip's conflict check, as the view does on each change: %.1f ms; empty "
                        + "trip %.1f ms (%d runs; %s)%n"
                        + "timeline scroll step (40 px): %.2f ms; on the empty view %.2f ms (paired ratio %.2fx, %d runs)%n",
                items, conflicts.size(), shown.figure(), shown.baseline(), shown.pairedRatio(), shown.runs(), shown.cpu(),
                checked.figure(), checked.baseline(), checked.runs(), checked.cpu(),
                scrolled.figure(), scrolled.baseline(), scrolled.pairedRatio(), scrolled.runs());
    }

    private static void show(TripTimeline t, Project project, Trip trip, List<Conflict> conflicts) {
        t.setTrip(project, null, Set.of(), List.of()); // from nothing, as when the tab or the trip is chosen
        t.setTrip(project, trip, Set.of(), conflicts);
        t.applyCss();
        t.layout();
    }

    private static void scroll(TripTimeline t, Instant start, int step) {
        double secondsPerPixel = t.visibleSpan().getSeconds() / Math.max(1, t.getWidth());
        // back and forth over the first day and a half, so every step draws a full screen of bars
        long offset = Math.round((step % 64) * 40 * secondsPerPixel);
        t.showFrom(start.plusSeconds(offset).plus(Duration.ofHours(12)));
        t.layout();
    }

    /** The same instant on the clock of the zone arrived in. */
    private static Moment arrival(Moment at, ZoneId zone) {
        return new Moment(at.zoned().withZoneSameInstant(zone).toLocalDateTime(), zone);
    }

    /** One trip of {@code n} timed items (12 people, a booth, talks, duty, demos, meetings, flights), and one empty trip. */
    static Project project(int n) {
        List<Person> people = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            people.add(new Person(BigProject.id("tl-person" + p), "Person Number " + p, "Advocate", "", ZONES[p % 4]));
        }
        ZoneId zone = ZONES[0];
        UUID booth = BigProject.id("tl-booth");
        List<Item> items = new ArrayList<>();
        items.add(BlankItems.conference(BigProject.id("tl-conf"), zone, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 14))
                .withName("Big conference"));
        items.add(BlankItems.booth(booth, zone).withName("Booth").withMinStaff(2).withMaxStaff(3));
        LocalDateTime day = LocalDate.of(2024, 2, 1).atTime(8, 0);
        for (int i = 0; i < n; i++) {
            UUID who = people.get(i % 12).id();
            UUID other = people.get((i + 5) % 12).id();
            LocalDateTime start = day.plusMinutes((long) (i / 12) * 115 + (i % 7) * 10L);
            Moment from = new Moment(start, zone);
            Moment to = from.plusMinutes(45 + (i % 5) * 15L);
            UUID id = BigProject.id("tl-item" + i);
            items.add(switch (i % 5) {
                case 0 -> BlankItems.talk(id, from, to).withTitle("Talk " + i + " on containers").withSpeakers(List.of(who));
                case 1 -> BlankItems.shift(id, booth, from, to).withPeople(List.of(who, other));
                case 2 -> BlankItems.demo(id, from, to).withWhat("Demo " + i).withPeople(List.of(who));
                case 3 -> BlankItems.meeting(id, from, to).withTitle("Meeting " + i).withPeople(List.of(who, other));
                default -> BlankItems.travel(id, TravelMode.TRAIN, from, arrival(to, ZONES[i % 4]))
                        .withFrom("Station " + i).withTo("Station " + (i + 1)).withTravellers(List.of(who));
            });
        }
        Trip full = new Trip(BigProject.id("tl-trip"), "Two weeks", people.stream().map(Person::id).toList(), items, List.of());
        Trip empty = new Trip(BigProject.id("tl-empty"), "Empty", List.of(), List.of(), List.of());
        return new Project("Timeline benchmark", people, List.of(full, empty), UnknownFields.NONE);
    }
}
