package org.roadshow.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roadshow.SampleProjectBuilder.ZOE;
import static org.roadshow.SampleProjectBuilder.id;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.io.pdf.Poppler;
import org.roadshow.io.print.RosterFixtures;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.common.ScriptedPrompts;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.print.PrinterAccess;
import org.roadshow.ui.print.Printing;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Roster tab on the sample's FOSDEM booth: drags are single undoable edits, totals follow, Fill undoes whole. */
@ExtendWith(ApplicationExtension.class)
class RosterViewTest {
    static final UUID SUN_PM = id("fosdem:shift:sun-pm");
    static final UUID SAT_AM = id("fosdem:shift:sat-am");

    @TempDir
    Path dir;
    private Document document;
    private RosterView view;
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private final List<String> status = new ArrayList<>();
    private Path saveTo;

    @Start
    void start(Stage stage) {
        document = new Document(RosterFixtures.project(), null, false);
        Printing printing = new Printing(stage, PrinterAccess.none(), prompts, status::add, () -> LocalDate.of(2017, 1, 30));
        RosterExports.Context context = new RosterExports.Context(Background.direct(), prompts,
                (title, name, description, ext) -> Optional.ofNullable(saveTo), status::add,
                () -> LocalDate.of(2017, 1, 30), null);
        view = new RosterView(document, printing, context);
        stage.setScene(new Scene(view, 1240, 760));
        stage.show();
        stage.requestFocus();
    }

    private Shift shift(UUID id) {
        return (Shift) document.project().item(id).orElseThrow();
    }

    private String total(FxRobot robot, UUID person) {
        return robot.lookup("#total-" + person).queryAs(Label.class).getText();
    }

    private Node laidOut(FxRobot robot, String query) {
        FxWait.until(query + " is laid out", () -> robot.lookup(query).tryQuery()
                .map(n -> n.getLayoutBounds().getWidth() > 0 && n.getScene() != null).orElse(false));
        return robot.lookup(query).query();
    }

    @Test
    void draggingAPersonOntoAnOpenPlaceIsOneUndoableEditAndTheTotalsFollow(FxRobot robot) {
        assertEquals("1 h", total(robot, RosterFixtures.ANNA));
        Project before = document.project();
        robot.drag(laidOut(robot, "#team-" + RosterFixtures.ANNA)).dropTo(laidOut(robot, "#open-" + SUN_PM));
        FxWait.until("Anna is on Sunday afternoon", () -> shift(SUN_PM).people().contains(RosterFixtures.ANNA));
        assertTrue(shift(SUN_PM).isPinned(RosterFixtures.ANNA), "put on by hand, so pinned");
        assertEquals("Put on duty", document.undoLabelProperty().get().replaceFirst("^Undo ", ""));
        FxWait.until("Anna's total counts the four hours", () -> total(robot, RosterFixtures.ANNA).equals("5 h"));

        robot.interact(document::undo);
        assertEquals(before, document.project(), "one undo takes the whole drag back");
        FxWait.until("the total is back", () -> total(robot, RosterFixtures.ANNA).equals("1 h"));
    }

    @Test
    void draggingAPersonOffAShiftOntoTheTeamListTakesThemOff(FxRobot robot) {
        assertEquals("12 h", total(robot, ZOE));
        robot.drag(laidOut(robot, "#place-" + SAT_AM + "-" + ZOE)).dropTo(laidOut(robot, "#roster-team"));
        FxWait.until("Zoë is off Saturday morning", () -> !shift(SAT_AM).people().contains(ZOE));
        FxWait.until("Zoë's total loses 2 h 30 min", () -> total(robot, ZOE).equals("9.5 h"));
        robot.interact(document::undo);
        assertTrue(shift(SAT_AM).people().contains(ZOE));
    }

    @Test
    void fillIsOneEditAndUndoRestoresTheRoster(FxRobot robot) {
        Project before = document.project();
        robot.clickOn("#roster-fill");
        FxWait.until("the fill is applied", () -> document.canUndoProperty().get());
        assertNotEquals(before, document.project(), "the fill put people on the short Sunday afternoon");
        robot.interact(document::undo);
        assertEquals(before, document.project());
        assertFalse(document.canUndoProperty().get(), "the whole fill was one step");
    }

    @Test
    void rightClickSplitsAShiftAndMakeShiftsRemakesThemEachAsOneUndoableEdit(FxRobot robot) {
        Project before = document.project();
        robot.rightClickOn(laidOut(robot, "#time-" + SAT_AM));
        FxWait.until("the shift's menu shows", () -> robot.lookup("Split in two").tryQuery().isPresent());
        robot.clickOn("Split in two");
        FxWait.until("Saturday morning is split", () -> shift(SAT_AM).end().time().toLocalTime()
                .equals(java.time.LocalTime.of(10, 45)));
        robot.interact(document::undo);
        assertEquals(before, document.project(), "one undo joins it again");

        robot.clickOn("#roster-make");
        FxWait.until("the shifts are made", () -> document.canUndoProperty().get());
        assertEquals("Make shifts", document.undoLabelProperty().get().replaceFirst("^Undo ", ""));
        robot.interact(document::undo);
        assertEquals(before, document.project());
    }

    @Test
    void clearUnpinnedKeepsThePeoplePutOnByHand(FxRobot robot) {
        robot.drag(laidOut(robot, "#team-" + RosterFixtures.ANNA)).dropTo(laidOut(robot, "#open-" + SUN_PM));
        FxWait.until("Anna is on Sunday afternoon", () -> shift(SUN_PM).people().contains(RosterFixtures.ANNA));
        robot.clickOn("#roster-clear");
        FxWait.until("the unpinned are cleared", () -> shift(SAT_AM).people().isEmpty());
        assertEquals(List.of(RosterFixtures.ANNA), shift(SUN_PM).people());
    }

    @Test
    void emptyPlacesSayWhy(FxRobot robot) {
        List<String> empty = robot.lookup("#roster-empty-places").queryListView().getItems()
                .stream().map(Object::toString).toList();
        assertEquals(1, empty.size(), empty.toString());
        assertTrue(empty.get(0).startsWith("Sun 5 Feb 13:00–17:00: 1 more person needed: "), empty.get(0));
    }

    @Test
    void withoutAPrinterPrintOffersThePdfWhichHoldsTheRoster(FxRobot robot) throws Exception {
        Poppler.assumeInstalled();
        saveTo = dir.resolve("roster.pdf");
        prompts.answerConfirm(true);
        robot.clickOn("#roster-print");
        FxWait.until("the PDF is saved", () -> status.stream().anyMatch(s -> s.startsWith("Saved the roster")));
        assertTrue(prompts.asked.get(0).contains("No printer is set up"), prompts.asked.toString());
        String text = Poppler.text(saveTo);
        assertTrue(text.contains("Booth duty roster · Xen Project") && text.contains(RosterFixtures.GIORGOS_NAME), text);
    }
}
