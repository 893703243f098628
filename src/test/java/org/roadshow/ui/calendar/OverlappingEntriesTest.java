package org.roadshow.ui.calendar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.BlankItems;
import org.roadshow.edit.ItemFactory;
import org.roadshow.model.Moment;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.document.Selection;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Own items that overlap each other in a week's day are layered, wide enough to read; in the wide day view they keep columns. */
@ExtendWith(ApplicationExtension.class)
class OverlappingEntriesTest {
    private static final LocalDate SUNDAY = LocalDate.of(2017, 2, 5);
    private static final String TITLE = "Meeting with the Kubernetes maintainers about release tooling";
    private CalendarPane pane;

    @Start
    void start(Stage stage) {
        Project sample = SampleProjectBuilder.build();
        Trip fosdem = sample.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow();
        for (int i = 0; i < 4; i++) { // four meetings at once: four narrow columns in Sunday's
            Moment from = new Moment(LocalDateTime.of(SUNDAY, java.time.LocalTime.of(14, 0)).plusMinutes(i * 10L),
                    SampleProjectBuilder.BRUSSELS);
            fosdem = fosdem.withItem(BlankItems.meeting(UUID.nameUUIDFromBytes(("overlap" + i).getBytes()), from,
                    from.plusMinutes(90)).withTitle(TITLE + " " + i).withPeople(List.of(SampleProjectBuilder.LENA)));
        }
        pane = new CalendarPane(new Document(sample.withTrip(fosdem), null, false), new Selection(),
                new ItemFactory(Clock.systemUTC()));
        stage.setScene(new Scene(pane, 1200, 800));
        stage.show();
        stage.requestFocus();
    }

    private List<TimedEntryView> meetings(FxRobot robot) {
        return robot.lookup(n -> n instanceof TimedEntryView v && v.isVisible() && v.getEntry() != null
                && v.getEntry().getTitle().contains(TITLE)).queryAllAs(TimedEntryView.class).stream().toList();
    }

    @Test
    void overlappingEntriesAreLayeredWideEnoughToReadWithTheTimeUnderTheTitleAndTheWholeTextAsTooltip(FxRobot robot) {
        robot.interact(() -> {
            pane.showSpan(CalendarSpan.WEEK);
            pane.showDate(SUNDAY);
        });
        FxWait.until("the four meetings are drawn", () -> meetings(robot).size() == 4
                && meetings(robot).stream().allMatch(v -> v.getWidth() > 0));
        List<TimedEntryView> byStart = meetings(robot).stream()
                .sorted(java.util.Comparator.comparing(v -> v.getEntry().getStartAsLocalDateTime())).toList();
        double day = byStart.get(0).getParent().getLayoutBounds().getWidth();
        assertTrue(day / 4 < LayeredEntries.MIN_WIDTH, "side by side they would be " + day / 4 + " px wide");
        double left = -1;
        for (TimedEntryView view : byStart) {
            TimedEntryView.OneLineTitleSkin skin = (TimedEntryView.OneLineTitleSkin) view.getSkin();
            double width = view.getWidth();
            assertTrue(width >= LayeredEntries.MIN_WIDTH, "wide enough to read: " + width);
            assertTrue(view.getLayoutX() > left, "each later one a step to the right of the one before");
            left = view.getLayoutX();
            String shownTitle = ((Text) skin.title().lookup(".text")).getText();
            assertTrue(shownTitle.replace("…", "").length() >= 6, "words of the title, not just an ellipsis: "
                    + shownTitle);
            assertFalse(skin.title().isWrapText(), "no letter-by-letter wrapping at " + width + " px");
            double line = skin.title().getFont().getSize() * 2;
            assertTrue(skin.title().getHeight() < line, "one line: " + skin.title().getHeight() + " px high");
        }
        List<javafx.scene.Node> drawn = byStart.get(0).getParent().getChildrenUnmodifiable();
        for (int i = 1; i < byStart.size(); i++) {
            assertTrue(drawn.indexOf(byStart.get(i)) > drawn.indexOf(byStart.get(i - 1)),
                    "a later entry is drawn over the earlier one");
            assertTrue(byStart.get(i).getStyleClass().contains(LayeredEntries.LAYERED));
        }
        TimedEntryView first = byStart.get(0);
        robot.moveTo(first.localToScreen(first.getLayoutBounds()).getMinX() + 4,
                first.localToScreen(first.getLayoutBounds()).getMinY() + 4);
        FxWait.until("the pointer over the entry brings its tooltip", () -> first.tooltip() != null);
        Tooltip tip = first.tooltip();
        assertTrue(tip.getText().contains("Meeting: " + TITLE)
                && tip.getText().contains("Lena Hartmann"), tip.getText());
    }

    @Test
    void anEntryWithRoomBesideItKeepsItsColumn(FxRobot robot) {
        robot.interact(() -> {
            pane.showSpan(CalendarSpan.DAY);
            pane.showDate(SUNDAY);
        });
        FxWait.until("the four meetings are drawn", () -> meetings(robot).size() == 4
                && meetings(robot).stream().allMatch(v -> v.getWidth() > 0));
        double day = meetings(robot).get(0).getParent().getLayoutBounds().getWidth();
        assertTrue(day / 4 >= LayeredEntries.MIN_WIDTH, "the day view is wide: " + day);
        for (TimedEntryView view : meetings(robot)) {
            assertTrue(view.getWidth() < day / 3, "a column of its own: " + view.getWidth() + " of " + day);
            assertFalse(view.getStyleClass().contains(LayeredEntries.LAYERED));
        }
    }
}
