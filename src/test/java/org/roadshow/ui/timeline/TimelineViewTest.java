package org.roadshow.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.ItemKind;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.document.Selection;
import org.roadshow.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Timeline tab with the sample project: lanes, bars, conflicts, selection both ways, keys, zoom, PNG. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private static final UUID SCALE = SampleProjectBuilder.SCALE_TRIP;
    private static final UUID FOSDEM = SampleProjectBuilder.FOSDEM_TRIP;
    @TempDir
    Path dir;
    private Document document;
    private Selection selection;
    private TimelineView view;
    private String status = "";

    @Start
    void start(Stage stage) {
        document = new Document(SampleProjectBuilder.build(), null, false);
        selection = new Selection();
        selection.set(NodeKey.trip(SCALE));
        view = new TimelineView(document, selection, s -> status = s);
        Scene scene = new Scene(view, 1100, 600);
        scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    private TripTimeline timeline() {
        return view.timeline();
    }

    private TripTimelineSkin skin() {
        return (TripTimelineSkin) timeline().getSkin();
    }

    private List<String> laneTitles() {
        return timeline().lanes().lanes().stream().map(TimelineLanes.Lane::title).toList();
    }

    private TimelineLanes.Lane lane(String title) {
        return timeline().lanes().lanes().stream().filter(l -> l.title().equals(title)).findFirst().orElseThrow();
    }

    private static NodeKey item(UUID trip, ItemKind kind, String key) {
        return NodeKey.item(trip, kind, SampleProjectBuilder.id(key));
    }

    /** Scrolls the bar into view and clicks its left part, as a user does. */
    private void clickBar(FxRobot robot, String laneTitle, String itemKey) {
        UUID id = SampleProjectBuilder.id(itemKey);
        int laneIndex = laneTitles().indexOf(laneTitle);
        TimelineLanes.Bar bar = lane(laneTitle).bars().get(lane(laneTitle).indexOf(id));
        robot.interact(() -> timeline().showFrom(bar.start().minus(Duration.ofHours(1))));
        FxWait.until("the bar is in view", () -> skin().geometry().origin.equals(bar.start().minus(Duration.ofHours(1))));
        Point2D[] at = new Point2D[1];
        robot.interact(() -> {
            TimelineGeometry g = skin().geometry();
            at[0] = skin().canvas().localToScreen(g.x(bar.start()) + 6, g.rowTop(laneIndex, bar.row()) + TimelineGeometry.ROW / 2);
        });
        robot.clickOn(at[0], MouseButton.PRIMARY);
    }

    @Test
    void showsALanePerPersonAndPerBoothWithTheirBars() {
        assertEquals(List.of("Kirill Orlov", "Dana Whitfield", "OpenVZ"), laneTitles());
        TimelineLanes.Lane kirill = lane("Kirill Orlov");
        // two talks, Saturday morning duty, the demo, three flights, the meeting in New York
        assertEquals(8, kirill.bars().size());
        assertEquals(List.of(ItemKind.TRAVEL, ItemKind.SHIFT, ItemKind.DEMO, ItemKind.TALK, ItemKind.TRAVEL, ItemKind.TALK,
                ItemKind.TRAVEL, ItemKind.MEETING), kirill.bars().stream().map(b -> b.item().kind()).toList());
        assertEquals(4, lane("OpenVZ").bars().size(), "the booth's four shifts");
        assertTrue(lane("OpenVZ").coverage().stream().anyMatch(s -> s.understaffed()), "Sunday afternoon has nobody");
        assertEquals(2, kirill.whereabouts().jumps().size(), "arriving in Los Angeles, landing in Orlando");
    }

    @Test
    void conflictsAreMarkedWithTheirSentenceAsTooltip(FxRobot robot) {
        robot.interact(() -> selection.set(NodeKey.trip(FOSDEM)));
        robot.interact(() -> view.hidePeople(Set.of()));
        FxWait.until("FOSDEM is on show", () -> laneTitles().contains("Lena Hartmann"));
        assertEquals(List.of("Lena Hartmann", "Ravi Iyer", "Zoë Müller", "Mateo García", "Xen Project"), laneTitles());
        TimelineLanes.Lane lena = lane("Lena Hartmann");
        TimelineLanes.Bar talk = lena.bars().get(lena.indexOf(SampleProjectBuilder.id("fosdem:talk:license")));
        assertTrue(talk.hasError(), "Lena speaks during her own booth duty");
        String tip = TimelineText.barTooltip(talk);
        assertTrue(tip.contains(talk.conflicts().get(0).message()), tip);
        TimelineLanes.Bar dinner = lena.bars().get(lena.indexOf(SampleProjectBuilder.id("fosdem:meeting:dinner")));
        assertTrue(dinner.conflicts().isEmpty());
    }

    @Test
    void choosingATripShowsItAndThePersonFilterHidesLanes(FxRobot robot) {
        robot.interact(() -> view.hidePeople(Set.of(SampleProjectBuilder.KIRILL)));
        assertEquals(List.of("Dana Whitfield", "OpenVZ"), laneTitles());
        assertEquals("1 of 2 people", robot.lookup("#timeline-people").queryAs(javafx.scene.control.MenuButton.class).getText());
    }

    @Test
    void clickingABarSelectsItsItemEverywhereAndSelectionElsewhereOutlinesIt(FxRobot robot) {
        clickBar(robot, "Dana Whitfield", "scale:leg:redeye");
        FxWait.until("the red-eye is selected", () -> selection.items().equals(List.of(item(SCALE, ItemKind.TRAVEL, "scale:leg:redeye"))));
        assertTrue(timeline().selectedIds().contains(SampleProjectBuilder.id("scale:leg:redeye")));

        robot.interact(() -> selection.set(item(SCALE, ItemKind.MEETING, "scale:meeting:nyc")));
        assertEquals(Set.of(SampleProjectBuilder.id("scale:meeting:nyc")), timeline().selectedIds());

        robot.interact(() -> selection.set(item(FOSDEM, ItemKind.DEMO, "fosdem:demo:xo")));
        assertEquals(FOSDEM, view.trip().orElseThrow().id(), "an item of another trip brings that trip on show");
        assertTrue(timeline().selectedIds().contains(SampleProjectBuilder.id("fosdem:demo:xo")));
    }

    @Test
    void arrowsMoveBetweenBarsAndLanesAndEnterOpensTheForm(FxRobot robot) {
        clickBar(robot, "Kirill Orlov", "scale:shift:sat-am");
        FxWait.until("the timeline has the focus", () -> timeline().isFocused());
        robot.push(KeyCode.RIGHT);
        FxWait.until("the demo after the shift is selected",
                () -> selection.items().equals(List.of(item(SCALE, ItemKind.DEMO, "scale:demo:migration"))));
        robot.push(KeyCode.LEFT);
        FxWait.until("back on the shift", () -> selection.items().equals(List.of(item(SCALE, ItemKind.SHIFT, "scale:shift:sat-am"))));
        robot.push(KeyCode.DOWN);
        FxWait.until("Dana's bar nearest in time: her Saturday morning duty, the same shift",
                () -> skin().cursor().lane() == 1 && selection.items().equals(List.of(item(SCALE, ItemKind.SHIFT, "scale:shift:sat-am"))));
        robot.push(KeyCode.DOWN);
        FxWait.until("the booth lane", () -> skin().cursor().lane() == 2);
        robot.push(KeyCode.UP);
        robot.push(KeyCode.UP);
        FxWait.until("back in Kirill's lane", () -> skin().cursor().lane() == 0);
        int reveals = selection.revealRequests().get();
        robot.push(KeyCode.ENTER);
        FxWait.until("Enter asks for the item's form", () -> selection.revealRequests().get() == reveals + 1);
    }

    @Test
    void plusAndMinusZoomAroundTheView(FxRobot robot) {
        robot.interact(() -> timeline().requestFocus());
        FxWait.until("the timeline has the focus", () -> timeline().isFocused());
        int level = timeline().zoomLevelProperty().get();
        Duration before = timeline().visibleSpan();
        robot.push(KeyCode.MINUS);
        FxWait.until("zoomed out", () -> timeline().zoomLevelProperty().get() == level + 1);
        assertTrue(timeline().visibleSpan().compareTo(before) > 0, "more time in view");
        robot.push(KeyCode.PLUS);
        robot.push(KeyCode.PLUS);
        FxWait.until("zoomed in twice", () -> timeline().zoomLevelProperty().get() == level - 1);
        assertTrue(timeline().visibleSpan().compareTo(before) < 0);
        robot.interact(() -> {
            for (int i = 0; i < 30; i++) {
                timeline().zoomIn();
            }
        });
        assertEquals(0, timeline().zoomLevelProperty().get(), "minutes: the closest level, no further");
    }

    @Test
    void displayZoneChangesTheClockOfTheLabels(FxRobot robot) {
        TimelineLanes.Lane kirill = lane("Kirill Orlov");
        TimelineLanes.Bar meeting = kirill.bars().get(kirill.indexOf(SampleProjectBuilder.id("scale:meeting:nyc")));
        assertTrue(TimelineText.barLabel(meeting, TimelineText.labelZone(null, kirill, meeting), kirill).startsWith("10:00 "),
                "each lane's own clock: New York, where Kirill is");
        robot.interact(() -> timeline().displayZoneProperty().set(java.time.ZoneId.of("America/Los_Angeles")));
        assertTrue(TimelineText.barLabel(meeting, TimelineText.labelZone(timeline().displayZoneProperty().get(), kirill, meeting),
                kirill).startsWith("07:00 "), "three hours earlier on Los Angeles' clock");
    }

    @Test
    void exportPngWritesAReadablePictureOfTheVisibleTimeline(FxRobot robot) throws Exception {
        Path file = dir.resolve("scale.png");
        String[] suggested = new String[1];
        robot.interact(() -> view.setPngChooser((owner, name) -> {
            suggested[0] = name;
            return Optional.of(file);
        }));
        robot.clickOn("#timeline-export");
        FxWait.until("the file is written", () -> Files.exists(file) && status.startsWith("Saved"));
        BufferedImage png = ImageIO.read(file.toFile());
        assertEquals((int) timeline().getWidth(), png.getWidth());
        assertEquals((int) timeline().getHeight(), png.getHeight());
        assertEquals("SCALE 6x and Florida Linux Show 2008.png", suggested[0]);
        int rgb = png.getRGB(png.getWidth() / 2, png.getHeight() / 2);
        assertFalse(rgb == 0, "opaque pixels, not an empty image");
    }
}
