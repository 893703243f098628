package org.roadshow.ui.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.calendarfx.model.Entry;
import com.calendarfx.view.EntryViewBase;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.ItemFactory;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Meeting;
import org.roadshow.model.Talk;
import org.roadshow.model.Trip;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.document.Selection;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Calendar tab on the sample project with starred FOSDEM 2017 sessions, as a user works with it. */
@ExtendWith(ApplicationExtension.class)
class CalendarPaneTest {
    static final UUID LICENSE = SampleProjectBuilder.id("fosdem:talk:license");
    static final UUID UNIKERNEL = SampleProjectBuilder.id("fosdem:talk:unikernel");
    static final UUID DOM0 = SampleProjectBuilder.id("fosdem:talk:dom0");
    private Document document;
    private Selection selection;
    private CalendarPane pane;

    @Start
    void start(Stage stage) {
        document = new Document(CalendarFixtures.sampleWithStars(), null, false);
        selection = new Selection();
        pane = new CalendarPane(document, selection, new ItemFactory(Clock.systemUTC()));
        stage.setScene(new Scene(pane, 1200, 800));
        stage.show();
        stage.requestFocus();
    }

    private Talk talk(UUID id) {
        return (Talk) document.project().item(id).orElseThrow();
    }

    private Entry<EntrySpec> entry(UUID id) {
        return pane.entry(id).orElseThrow(() -> new AssertionError("no entry for " + id));
    }

    /** The entry's view on screen, once the day is shown and laid out. */
    private Node entryView(FxRobot robot, UUID id) {
        FxWait.until("the entry of " + id + " is drawn", () -> robot.lookup(n -> n instanceof EntryViewBase<?> v
                && v.getEntry() != null && id.toString().equals(v.getEntry().getId()) && v.isVisible()).tryQuery().isPresent());
        return robot.lookup(n -> n instanceof EntryViewBase<?> v && v.getEntry() != null
                && id.toString().equals(v.getEntry().getId()) && v.isVisible()).query();
    }

    private void day(FxRobot robot, LocalDate date) {
        robot.interact(() -> {
            pane.showSpan(CalendarSpan.DAY);
            pane.showDate(date);
        });
    }

    /** What CalendarFX does when the mouse is let go after a drag: it sets the entry's interval once. */
    private void dragTo(FxRobot robot, UUID id, LocalDateTime start, LocalDateTime end) {
        robot.interact(() -> entry(id).setInterval(start, end, pane.clockProperty().get().frame()));
    }

    @Test
    void showsOwnItemsStarredSessionsAndConferencesEachInTheirKindsCalendar() {
        assertEquals(EntryKind.TALK.style(), entry(LICENSE).getCalendar().getStyle());
        assertEquals("Talk: Mixed License FOSS Projects".replace("Talk", "⚠ Talk"), entry(LICENSE).getTitle(),
                "Lena's talk is during her booth duty");
        Entry<EntrySpec> keynote = entry(org.roadshow.io.ical.SampleWithProgramme.KEYNOTE);
        assertEquals(EntryKind.STARRED.style(), keynote.getCalendar().getStyle());
        assertTrue(keynote.getCalendar().isReadOnly(), "programme sessions are not dragged");
        assertEquals(LocalDateTime.of(2017, 2, 4, 11, 35), entry(LICENSE).getStartAsLocalDateTime());
    }

    @Test
    void kindAndPersonFiltersChangeWhatIsShown(FxRobot robot) {
        robot.clickOn("#calendar-kind-talk");
        FxWait.until("talks are hidden", () -> pane.entry(LICENSE).isEmpty());
        assertTrue(pane.entry(SampleProjectBuilder.id("fosdem:shift:sat-am")).isPresent(), "duty still shown");
        robot.clickOn("#calendar-kind-talk");
        FxWait.until("talks are back", () -> pane.entry(LICENSE).isPresent());

        robot.interact(() -> pane.toolbar().person.setValue(SampleProjectBuilder.MATEO));
        assertTrue(pane.entry(LICENSE).isEmpty(), "Lena's talk is not Mateo's");
        assertTrue(pane.entry(UNIKERNEL).isPresent());
        assertTrue(pane.entry(org.roadshow.io.ical.SampleWithProgramme.KEYNOTE).isEmpty(), "Mateo starred nothing");
        robot.interact(() -> pane.toolbar().person.setValue(SampleProjectBuilder.ZOE));
        assertTrue(pane.entry(org.roadshow.io.ical.SampleWithProgramme.KEYNOTE).isPresent(), "Zoë starred the keynote");
    }

    @Test
    void aDragIsOneUndoableEditAndSoIsAResize(FxRobot robot) {
        Talk before = talk(UNIKERNEL);
        dragTo(robot, UNIKERNEL, LocalDateTime.of(2017, 2, 4, 16, 0), LocalDateTime.of(2017, 2, 4, 16, 40));
        Talk moved = talk(UNIKERNEL);
        assertEquals(LocalDateTime.of(2017, 2, 4, 16, 0), moved.start().time());
        assertEquals(LocalDateTime.of(2017, 2, 4, 16, 40), moved.end().time());
        assertEquals(before.start().zone(), moved.start().zone());
        assertEquals("Undo Move talk “Adventures in Building Unikernel Clouds”".substring(5), document.undoLabelProperty().get());

        dragTo(robot, UNIKERNEL, LocalDateTime.of(2017, 2, 4, 16, 0), LocalDateTime.of(2017, 2, 4, 17, 30));
        assertEquals(LocalDateTime.of(2017, 2, 4, 17, 30), talk(UNIKERNEL).end().time());
        assertEquals(LocalDateTime.of(2017, 2, 4, 16, 0), talk(UNIKERNEL).start().time());
        assertTrue(document.undoLabelProperty().get().startsWith("Change the time of talk"));

        robot.interact(document::undo);
        assertEquals(moved, talk(UNIKERNEL), "one undo takes back the resize alone");
        assertEquals(LocalDateTime.of(2017, 2, 4, 16, 40), entry(UNIKERNEL).getEndAsLocalDateTime(), "the entry follows");
        robot.interact(document::undo);
        assertEquals(before, talk(UNIKERNEL), "and one more the move");
        assertEquals(LocalDateTime.of(2017, 2, 4, 14, 45), entry(UNIKERNEL).getStartAsLocalDateTime());
    }

    @Test
    void aRealMouseDragMovesTheItem(FxRobot robot) {
        day(robot, LocalDate.of(2017, 2, 4));
        Node view = entryView(robot, DOM0);
        Talk before = talk(DOM0);
        robot.drag(view).moveBy(0, 120).release(javafx.scene.input.MouseButton.PRIMARY);
        FxWait.until("the talk moved", () -> !talk(DOM0).start().equals(before.start()));
        Talk after = talk(DOM0);
        assertTrue(after.start().time().isAfter(before.start().time()), "dragged down is later");
        assertEquals(before.duration(), after.duration(), "a move keeps the length");
        robot.interact(document::undo);
        assertEquals(before, talk(DOM0));
    }

    @Test
    void aDragThatMakesAConflictMarksBothEntriesAtOnce(FxRobot robot) {
        assertTrue(entry(DOM0).getStyleClass().isEmpty(), "no conflict yet");
        dragTo(robot, DOM0, LocalDateTime.of(2017, 2, 4, 15, 0), LocalDateTime.of(2017, 2, 4, 15, 15));
        assertEquals(List.of("rs-conflict-error"), entry(DOM0).getStyleClass());
        assertEquals(List.of("rs-conflict-error"), entry(UNIKERNEL).getStyleClass());
        assertTrue(entry(DOM0).getTitle().startsWith("⚠ "), entry(DOM0).getTitle());
        robot.interact(() -> selection.set(NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TALK, DOM0)));
        assertTrue(pane.status().getText().contains("Mateo García"), pane.status().getText());
    }

    @Test
    void theDisplayZoneMovesEntriesByTheZonesOffset(FxRobot robot) {
        assertEquals(LocalDateTime.of(2017, 2, 4, 11, 35), entry(LICENSE).getStartAsLocalDateTime(), "Brussels time");
        robot.interact(() -> pane.toolbar().clock.getItems().stream().filter(c -> c.label().startsWith("Lena"))
                .findFirst().ifPresent(pane.toolbar().clock::setValue));
        assertEquals(LocalDateTime.of(2017, 2, 4, 10, 35), entry(LICENSE).getStartAsLocalDateTime(), "London is an hour behind");
        robot.interact(() -> pane.toolbar().clock.getItems().stream().filter(c -> c.label().startsWith("Kirill"))
                .findFirst().ifPresent(pane.toolbar().clock::setValue));
        assertEquals(LocalDateTime.of(2017, 2, 4, 13, 35), entry(LICENSE).getStartAsLocalDateTime(), "Moscow is two ahead");
        assertEquals(ZoneOffset.ofHours(3), pane.calendarView().getZoneId().getRules()
                .getOffset(entry(LICENSE).getStartAsZonedDateTime().toInstant()));

        // a drag on another clock still moves the item by the time dragged, in its own zone
        dragTo(robot, LICENSE, LocalDateTime.of(2017, 2, 4, 14, 35), LocalDateTime.of(2017, 2, 4, 15, 20));
        assertEquals(LocalDateTime.of(2017, 2, 4, 12, 35), talk(LICENSE).start().time());
        assertEquals(SampleProjectBuilder.BRUSSELS, talk(LICENSE).start().zone());
    }

    @Test
    void doubleClickOpensTheItemsForm(FxRobot robot) {
        day(robot, LocalDate.of(2017, 2, 4));
        int reveals = selection.revealRequests().get();
        robot.doubleClickOn(entryView(robot, DOM0));
        FxWait.until("the talk is revealed", () -> selection.revealRequests().get() > reveals);
        assertEquals(NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TALK, DOM0), selection.get());
    }

    @Test
    void selectionIsSharedWithTheSidebarBothWays(FxRobot robot) {
        day(robot, LocalDate.of(2017, 2, 4));
        robot.clickOn(entryView(robot, UNIKERNEL));
        FxWait.until("the sidebar follows", () -> selection.get().equals(
                NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TALK, UNIKERNEL)));
        robot.interact(() -> selection.set(NodeKey.item(SampleProjectBuilder.SCALE_TRIP, ItemKind.TALK,
                SampleProjectBuilder.id("scale:talk:migration"))));
        Entry<EntrySpec> scale = entry(SampleProjectBuilder.id("scale:talk:migration"));
        assertEquals(java.util.Set.of(scale), pane.calendarView().getSelections());
        assertEquals(scale.getStartDate(), pane.date(), "the calendar goes to the selected item's day");
    }

    @Test
    void drawingOverEmptyTimeAddsTheChosenKindAsOneEdit(FxRobot robot) {
        day(robot, LocalDate.of(2017, 2, 5));
        robot.interact(() -> {
            Entry<?> sketch = pane.calendarView().createEntryAt(
                    ZonedDateTime.of(LocalDateTime.of(2017, 2, 5, 15, 0), pane.clockProperty().get().frame()));
            sketch.setInterval(LocalDateTime.of(2017, 2, 5, 15, 0), LocalDateTime.of(2017, 2, 5, 16, 30),
                    pane.clockProperty().get().frame());
            pane.draft().ask(pane, 100, 100);
        });
        MenuItem meeting = pane.draft().menu().getItems().stream()
                .filter(i -> "create-meeting".equals(i.getId())).findFirst().orElseThrow();
        int before = document.project().trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow().items(Meeting.class).size();
        robot.interact(meeting::fire);
        Trip fosdem = document.project().trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow();
        List<Meeting> meetings = fosdem.items(Meeting.class);
        assertEquals(before + 1, meetings.size());
        Meeting added = meetings.get(meetings.size() - 1);
        assertEquals(LocalDateTime.of(2017, 2, 5, 15, 0), added.start().time());
        assertEquals(LocalDateTime.of(2017, 2, 5, 16, 30), added.end().time());
        assertEquals(SampleProjectBuilder.BRUSSELS, added.start().zone(), "in the conference's zone");
        assertEquals(NodeKey.item(fosdem.id(), ItemKind.MEETING, added.id()), selection.get(), "its form opens");
        assertTrue(pane.entry(added.id()).isPresent());
        assertEquals(0, pane.draft().calendar().findEntries("").size(), "the sketch is gone");
        robot.interact(() -> pane.draft().menu().hide());
        robot.interact(document::undo);
        assertFalse(document.project().item(added.id()).isPresent(), "one undo removes it");
    }
}
