package org.roadshow.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadshow.io.print.RosterFixtures;
import org.roadshow.model.Availability;
import org.roadshow.model.Project;
import org.roadshow.model.TimeWindow;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.common.ScriptedPrompts;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.print.PrinterAccess;
import org.roadshow.ui.print.Printing;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Roster tab's availability editor: the daily maximum and unavailable windows, each one undoable edit. */
@ExtendWith(ApplicationExtension.class)
class AvailabilityEditorTest {
    private Document document;

    @Start
    void start(Stage stage) {
        document = new Document(RosterFixtures.project(), null, false);
        ScriptedPrompts prompts = new ScriptedPrompts();
        Printing printing = new Printing(stage, PrinterAccess.none(), prompts, s -> { }, () -> LocalDate.of(2017, 1, 30));
        RosterExports.Context context = new RosterExports.Context(Background.direct(), prompts,
                (title, name, description, ext) -> Optional.empty(), s -> { }, () -> LocalDate.of(2017, 1, 30), null);
        stage.setScene(new Scene(new RosterView(document, printing, context), 1240, 760));
        stage.show();
    }

    private Availability anna() {
        return RosterFixtures.trip(document.project()).availabilityOf(RosterFixtures.ANNA);
    }

    private List<String> windowRows(FxRobot robot) {
        return robot.lookup("#availability-windows").queryAs(VBox.class).getChildrenUnmodifiable().stream()
                .flatMap(n -> robot.from(n).lookup(".label").queryAllAs(Label.class).stream())
                .map(Label::getText).toList();
    }

    @Test
    void aDailyMaximumAndAnUnavailableWindowAreSetForThePersonPickedAndUndoOneByOne(FxRobot robot) {
        Project before = document.project();
        @SuppressWarnings("unchecked")
        ListView<UUID> team = robot.lookup("#roster-team").queryAs(ListView.class);
        robot.interact(() -> team.getSelectionModel().select(RosterFixtures.ANNA));
        FxWait.until("Anna's availability is shown", () -> robot.lookup(".roster-heading").queryAllAs(Label.class)
                .stream().anyMatch(l -> l.getText().equals("Availability of " + RosterFixtures.ANNA_NAME)));

        robot.clickOn("#availability-max").write("lots").type(javafx.scene.input.KeyCode.ENTER);
        FxWait.until("bad hours are explained", () -> robot.lookup(".roster-problem").queryAs(Label.class)
                .getText().startsWith("At most: enter hours like 4"));
        assertEquals(before, document.project(), "nothing changes for input that is not hours");

        robot.interact(() -> robot.lookup("#availability-max").queryTextInputControl().clear());
        robot.clickOn("#availability-max").write("3.5").type(javafx.scene.input.KeyCode.ENTER);
        FxWait.until("Anna has at most 3.5 h a day", () -> anna().maxMinutesPerDay() == 210);
        assertEquals("Edit availability", document.undoLabelProperty().get().replaceFirst("^Undo ", ""));

        robot.interact(() -> robot.lookup("#availability-day").queryAs(DatePicker.class)
                .setValue(LocalDate.of(2017, 2, 5)));
        robot.clickOn("#availability-from").write("13:00");
        robot.clickOn("#availability-to").write("15:30");
        robot.clickOn("#availability-note").write("press interview");
        robot.clickOn("#availability-add");
        FxWait.until("the window is added", () -> anna().unavailable().size() == 1);
        TimeWindow w = anna().unavailable().get(0);
        assertEquals(LocalDateTime.parse("2017-02-05T13:00"), w.start().time());
        assertEquals(LocalDateTime.parse("2017-02-05T15:30"), w.end().time());
        assertEquals("press interview", w.note());
        assertEquals(210, anna().maxMinutesPerDay(), "the daily maximum stays");
        FxWait.until("the window is listed", () -> windowRows(robot).stream()
                .anyMatch(t -> t.equals("Sun 5 Feb 13:00–15:30 · press interview")));

        robot.clickOn("#availability-remove-0");
        FxWait.until("the window is removed", () -> anna().unavailable().isEmpty());
        robot.interact(document::undo);
        assertEquals(1, anna().unavailable().size(), "undo brings the window back");
        robot.interact(document::undo);
        assertTrue(anna().unavailable().isEmpty());
        robot.interact(document::undo);
        assertEquals(before, document.project(), "three edits, three undos");
    }
}
