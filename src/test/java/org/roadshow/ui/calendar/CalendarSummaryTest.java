package org.roadshow.ui.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.calendarfx.view.DayEntryView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.ItemFactory;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.document.Selection;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** FOSDEM 2021 with all its 773 sessions starred by Lena: summaries in the week, one by one in the day view. */
@ExtendWith(ApplicationExtension.class)
class CalendarSummaryTest {
    private static final LocalDate SATURDAY = LocalDate.of(2021, 2, 6);
    private CalendarPane pane;

    @Start
    void start(Stage stage) throws Exception {
        pane = new CalendarPane(new Document(CalendarFixtures.fosdem2021StarredBy(SampleProjectBuilder.LENA), null,
                false), new Selection(), new ItemFactory(Clock.systemUTC()));
        stage.setScene(new Scene(pane, 1200, 800));
        stage.show();
    }

    private List<EntrySpec> summaries() {
        return pane.shownEntries().stream().filter(EntrySpec::summary).toList();
    }

    private static boolean isView(Node n, EntrySpec spec) {
        return n instanceof DayEntryView v && v.getEntry() != null && spec.equals(v.getEntry().getUserObject())
                && v.isVisible();
    }

    @Test
    void theWeekShowsOverlappingStarredSessionsAsSummariesAndTheDayOneByOne(FxRobot robot) {
        robot.interact(() -> {
            pane.showSpan(CalendarSpan.WEEK);
            pane.showDate(SATURDAY);
        });
        List<EntrySpec> summaries = summaries();
        assertTrue(!summaries.isEmpty() && summaries.size() < 20, summaries.size() + " summaries");
        EntrySpec saturday = summaries.stream().filter(s -> s.start().toLocalDate().equals(SATURDAY)).findFirst()
                .orElseThrow();
        assertTrue(saturday.title().matches("★ \\d+ starred · .+–.+"), saturday.title());
        long starred = pane.shownEntries().stream().filter(s -> s.kind() == EntryKind.STARRED).count();
        assertTrue(starred < 40, starred + " starred entries in the week");

        FxWait.until("the summary is drawn", () -> robot.lookup(n -> isView(n, saturday)).tryQuery().isPresent());
        Node view = robot.lookup(n -> isView(n, saturday)).query();
        robot.moveTo(view);
        FxWait.until("the pointer over the summary brings its tooltip",
                () -> view.getProperties().get("javafx.scene.control.Tooltip") != null);
        Object tip = view.getProperties().get("javafx.scene.control.Tooltip");
        assertTrue(tip instanceof Tooltip t && t.getText().lines().count() == Math.min(saturday.members().size(),
                StarredSummaries.MAX_LINES + 1) && t.getText().contains("–"), "the summary lists its sessions as tooltip");
        robot.interact(() -> {
            pane.calendarView().getSelections().clear();
            pane.calendarView().getSelections().add(pane.entry(saturday.id()).orElseThrow());
        });
        assertTrue(pane.status().getText().contains("double-click"), pane.status().getText());

        robot.doubleClickOn(view);
        FxWait.until("the day view shows the summary's day", () -> pane.span() == CalendarSpan.DAY
                && pane.date().equals(SATURDAY));
        assertTrue(summaries().isEmpty(), "no summaries in the day view");
        assertTrue(pane.entry(saturday.id()).isEmpty());
        assertTrue(pane.shownEntries().stream().filter(s -> s.kind() == EntryKind.STARRED).count() >= 773);
    }

    @Test
    void goToTripShowsFosdemsSaturdayAndSundayInOneWeek(FxRobot robot) {
        MenuItem fosdem = pane.toolbar().goToTrip.getItems().stream().filter(i -> i.getText().contains("FOSDEM"))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            pane.showSpan(CalendarSpan.WEEK);
            fosdem.fire();
        });
        LocalDate first = pane.date();
        assertTrue(CalendarSpan.WEEK.shows(first, LocalDate.of(2017, 2, 4), pane.calendarView().getWeekFields()));
        assertTrue(CalendarSpan.WEEK.shows(first, LocalDate.of(2017, 2, 5), pane.calendarView().getWeekFields()));
        String heading = pane.toolbar().heading.getText();
        assertTrue(heading.equals("30 Jan – 5 Feb 2017") || heading.equals("4 Feb – 10 Feb 2017"), heading);
        assertEquals(pane.calendarView().getWeekFields(), pane.calendarView().getWeekPage().getWeekFields(),
                "CalendarFX's week page starts its weeks there too");
    }
}
