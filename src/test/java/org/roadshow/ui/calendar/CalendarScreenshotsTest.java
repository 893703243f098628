package org.roadshow.ui.calendar;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.app.RoadshowApp;
import org.roadshow.app.ShotWindow;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.model.ItemKind;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.theme.Theme;
import org.roadshow.ui.window.ViewTab;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pictures of the Calendar tab with the sample project (day, week, month, agenda; light and dark) in
 * target/shots/. Off by default: {@code ROADSHOW_SHOTS=1 mvn -o -q test -Dtest=CalendarScreenshotsTest}.
 */
@EnabledIfEnvironmentVariable(named = "ROADSHOW_SHOTS", matches = "1")
@ExtendWith(ApplicationExtension.class)
class CalendarScreenshotsTest {
    @TempDir
    Path dir;
    private ShotWindow window;
    private RoadshowApp.Wiring w;

    @Start
    void start(Stage stage) throws Exception {
        window = ShotWindow.show(stage).open(dir, CalendarFixtures.sampleWithStars());
        w = window.wiring();
    }

    @Test
    void everySpanLightAndDark(FxRobot robot) throws Exception {
        robot.interact(() -> w.window().showTab(ViewTab.CALENDAR));
        CalendarPane pane = (CalendarPane) w.window().tabContent(ViewTab.CALENDAR);
        robot.interact(() -> w.selection().set(NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TALK,
                SampleProjectBuilder.id("fosdem:talk:license"))));
        FxWait.until("the calendar shows the sample", () -> pane.entryCount() > 5);
        for (Theme theme : Theme.values()) {
            robot.interact(() -> w.window().applyTheme(theme));
            String suffix = theme == Theme.DARK ? "-dark" : "";
            for (CalendarSpan span : CalendarSpan.values()) {
                robot.interact(() -> {
                    pane.showSpan(span);
                    pane.showDate(LocalDate.of(2017, 2, 4));
                    if (span == CalendarSpan.DAY || span == CalendarSpan.WEEK) {
                        pane.calendarView().setRequestedTime(java.time.LocalTime.of(8, 0));
                    }
                });
                window.shot(robot, "calendar-" + span.name().toLowerCase() + suffix);
            }
        }
        robot.interact(() -> {
            w.window().applyTheme(Theme.LIGHT);
            pane.showSpan(CalendarSpan.WEEK);
            pane.showDate(LocalDate.of(2008, 2, 9));
        });
        window.shot(robot, "calendar-week-scale");
    }

    /** FOSDEM 2021 with all 773 sessions starred, reached by "Go to trip": summaries in the week, the day one by one. */
    @Test
    void starredSummariesLightAndDark(FxRobot robot) throws Exception {
        Path file = dir.resolve("fosdem2021.roadshow");
        ProjectFile.save(CalendarFixtures.fosdem2021StarredBy(SampleProjectBuilder.LENA), file);
        robot.interact(() -> w.files().openFile(file));
        robot.interact(() -> w.window().showTab(ViewTab.CALENDAR));
        CalendarPane pane = (CalendarPane) w.window().tabContent(ViewTab.CALENDAR);
        FxWait.until("the calendar shows FOSDEM 2021", () -> pane.shownEntries().stream().anyMatch(EntrySpec::summary));
        for (Theme theme : Theme.values()) {
            robot.interact(() -> w.window().applyTheme(theme));
            String suffix = theme == Theme.DARK ? "-dark" : "";
            robot.interact(() -> {
                pane.showSpan(CalendarSpan.WEEK);
                pane.showDate(LocalDate.of(2021, 2, 6));
                pane.calendarView().setRequestedTime(java.time.LocalTime.of(8, 0));
            });
            window.shot(robot, "calendar-week-summaries" + suffix);
            robot.interact(() -> {
                pane.showSpan(CalendarSpan.DAY);
                pane.showDate(LocalDate.of(2021, 2, 6));
                pane.calendarView().setRequestedTime(java.time.LocalTime.of(8, 0));
            });
            window.shot(robot, "calendar-day-starred" + suffix);
        }
        robot.interact(() -> {
            w.window().applyTheme(Theme.LIGHT);
            pane.showSpan(CalendarSpan.WEEK);
            pane.toolbar().goToTrip.getItems().stream().filter(i -> i.getText().contains("FOSDEM")).findFirst()
                    .orElseThrow().fire();
            pane.calendarView().setRequestedTime(java.time.LocalTime.of(8, 0));
        });
        window.shot(robot, "calendar-week-go-to-trip");
    }
}
