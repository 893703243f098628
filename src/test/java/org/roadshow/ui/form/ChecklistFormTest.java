package org.roadshow.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Due;
import org.roadshow.model.Project;
import org.roadshow.model.Talk;
import org.roadshow.model.Trip;
import org.roadshow.plan.checklist.DueDates;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A checklist item's relative due date as a person types it: a number of days, before or after the trip or an
 * item, and the day it comes to under it. The FOSDEM trip of the sample starts on {@link #firstDay}.
 */
@ExtendWith(ApplicationExtension.class)
class ChecklistFormTest {
    private final Project sample = SampleProjectBuilder.build();
    private final Trip fosdem = sample.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow();
    private final LocalDate firstDay = fosdem.firstDay().orElseThrow();
    private final ChecklistItem passport = (ChecklistItem) sample.item(SampleProjectBuilder.id("fosdem:check:passport"))
            .orElseThrow();
    private Document document;
    private ChecklistForm form;

    @Start
    void start(Stage stage) {
        document = new Document(sample, null, false);
        form = new ChecklistForm(document);
        form.load(passport, sample);
        Scene scene = new Scene(form, 900, 500);
        scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    @SuppressWarnings("unchecked")
    private Spinner<Integer> days(FxRobot robot) {
        return robot.lookup("#due-days").queryAs(Spinner.class);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> direction(FxRobot robot) {
        return robot.lookup("#due-direction").queryAs(ComboBox.class);
    }

    private String resolved(FxRobot robot) {
        return robot.lookup("#due-resolved").queryAs(Label.class).getText();
    }

    @Test
    void threeDaysAfterTheTripStartsIsTypedAsThreeAndAfterAndSaysWhichDay(FxRobot robot) {
        robot.interact(() -> form.dueKindField().setValue(ChecklistForm.FROM_TRIP));
        robot.doubleClickOn(days(robot).getEditor());
        robot.interact(() -> days(robot).getEditor().selectAll());
        robot.write("-3");
        assertEquals("3", days(robot).getEditor().getText(), "no minus sign: before or after is chosen beside it");
        assertEquals(new Due.BeforeTrip(3), form.build().due(), "taken as typed, without Enter");
        assertEquals("Due 3 days before the trip: " + DueDates.DAY.format(firstDay.minusDays(3)), resolved(robot));

        robot.interact(() -> direction(robot).setValue(ChecklistForm.AFTER));
        assertEquals(new Due.BeforeTrip(-3), form.build().due());
        assertEquals("Due 3 days after the trip starts: " + DueDates.DAY.format(firstDay.plusDays(3)), resolved(robot));

        robot.interact(() -> form.apply());
        ChecklistItem saved = (ChecklistItem) document.project().item(passport.id()).orElseThrow();
        assertEquals(new Due.BeforeTrip(-3), saved.due());
    }

    @Test
    void theMorningAfterATalkLoadsAsOneDayAfterIt(FxRobot robot) {
        Talk talk = fosdem.items(Talk.class).get(0);
        LocalDate talkDay = talk.start().time().toLocalDate();
        robot.interact(() -> form.load(passport.withDue(new Due.BeforeItem(talk.id(), -1, LocalTime.of(9, 0))), sample));
        assertEquals(ChecklistForm.FROM_ITEM, form.dueKindField().getValue());
        assertEquals(ChecklistForm.AFTER, direction(robot).getValue());
        assertEquals(1, days(robot).getValue());
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream().anyMatch(l -> l.isVisible() && "day".equals(l.getText())),
                "one day, not one days");
        assertEquals("Due 1 day after \u201c" + talk.title() + "\u201d, at 09:00: " + DueDates.DAY.format(talkDay.plusDays(1))
                + " 09:00 (" + talk.start().zone().getId() + ")", resolved(robot));
        assertEquals(new Due.BeforeItem(talk.id(), -1, LocalTime.of(9, 0)), form.build().due(), "unchanged when loaded");

        robot.interact(() -> direction(robot).setValue(ChecklistForm.BEFORE));
        robot.interact(() -> days(robot).getEditor().selectAll());
        robot.clickOn(days(robot).getEditor()).press(KeyCode.END).release(KeyCode.END);
        robot.interact(() -> days(robot).getEditor().selectAll());
        robot.write("0");
        FxWait.until("the day of the talk", () -> resolved(robot).startsWith("Due the day of \u201c"));
        assertEquals(new Due.BeforeItem(talk.id(), 0, LocalTime.of(9, 0)), form.build().due());
    }
}
