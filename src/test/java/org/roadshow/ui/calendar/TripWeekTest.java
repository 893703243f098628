package org.roadshow.ui.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadshow.edit.BlankItems;
import org.roadshow.edit.ItemFactory;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.model.UnknownFields;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.document.Selection;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A weekend conference is shown as one week, whatever day the locale starts its weeks on: FOSDEM 2021 was on
 * Saturday 6 and Sunday 7 February, and en-US weeks (Sunday to Saturday) would show only its Saturday.
 */
@ExtendWith(ApplicationExtension.class)
class TripWeekTest {
    private static final LocalDate SATURDAY = LocalDate.of(2021, 2, 6);
    private static final LocalDate SUNDAY = LocalDate.of(2021, 2, 7);
    private static final WeekFields US = WeekFields.of(Locale.US);
    private CalendarPane pane;

    @Start
    void start(Stage stage) {
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        Trip fosdem = new Trip(UUID.randomUUID(), "FOSDEM 2021", List.of(), List.of(BlankItems.conference(
                UUID.randomUUID(), brussels, SATURDAY, SUNDAY).withName("FOSDEM 2021")), List.of());
        Trip later = new Trip(UUID.randomUUID(), "Ten days in June", List.of(), List.of(BlankItems.conference(
                UUID.randomUUID(), brussels, LocalDate.of(2020, 6, 3), LocalDate.of(2020, 6, 12)).withName("Long")),
                List.of());
        pane = new CalendarPane(new Document(new Project("Trips", List.of(), List.of(later, fosdem),
                UnknownFields.NONE), null, false), new Selection(), new ItemFactory(Clock.systemUTC()));
        stage.setScene(new Scene(pane, 1100, 700));
        stage.show();
    }

    private void assertShowsTheWeekend() {
        WeekFields weeks = pane.calendarView().getWeekFields();
        assertTrue(CalendarSpan.WEEK.shows(pane.date(), SATURDAY, weeks), pane.toolbar().heading.getText());
        assertTrue(CalendarSpan.WEEK.shows(pane.date(), SUNDAY, weeks), pane.toolbar().heading.getText());
        assertEquals(weeks, pane.calendarView().getWeekPage().getWeekFields(), "CalendarFX's week page agrees");
    }

    @Test
    void theCalendarOpensOnTheLatestTripWithBothItsDaysInTheWeek() {
        assertEquals(CalendarSpan.WEEK, pane.span());
        assertShowsTheWeekend();
    }

    @Test
    void goToTripShowsBothDaysAfterBrowsingElsewhere(FxRobot robot) {
        robot.interact(() -> pane.toolbar().today.fire());
        MenuItem fosdem = pane.toolbar().goToTrip.getItems().stream().filter(i -> i.getText().contains("FOSDEM"))
                .findFirst().orElseThrow();
        robot.interact(fosdem::fire);
        assertShowsTheWeekend();
    }

    @Test
    void weeksFollowTheLocaleUnlessThatSplitsATripOfAWeekOrLess() {
        assertEquals(DayOfWeek.SUNDAY, US.getFirstDayOfWeek());
        assertEquals(DayOfWeek.MONDAY, CalendarSpan.weeksShowing(SATURDAY, SUNDAY, US).getFirstDayOfWeek(),
                "Monday to Sunday holds Saturday and Sunday");
        assertEquals(DayOfWeek.SUNDAY, CalendarSpan.weeksShowing(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 5), US)
                .getFirstDayOfWeek(), "a Monday-to-Friday trip fits the locale's week");
        assertEquals(DayOfWeek.THURSDAY, CalendarSpan.weeksShowing(LocalDate.of(2021, 2, 4), LocalDate.of(2021, 2, 10),
                US).getFirstDayOfWeek(), "Thursday to Wednesday fits only a week from its first day");
        assertEquals(US, CalendarSpan.weeksShowing(LocalDate.of(2020, 6, 3), LocalDate.of(2020, 6, 12), US),
                "longer than a week: the locale's weeks");
    }
}
