package org.roadshow.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Trip;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.document.Selection;
import org.roadshow.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Checklist tab on the sample's SCALE trip, seen on 4 Feb 2008 (four days before the trip): the booklets
 * and the live CDs are late, the demo's backup notebook is due this week, the banner and the passport are done.
 */
@ExtendWith(ApplicationExtension.class)
class ChecklistViewTest {
    static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    static final Clock FEB_4 = Clock.fixed(LocalDate.of(2008, 2, 4).atTime(9, 0).atZone(LA).toInstant(), LA);
    static final UUID CDS = SampleProjectBuilder.id("scale:check:cds");
    static final UUID BOOKLETS = SampleProjectBuilder.id("scale:check:booklets");
    static final UUID BANNER = SampleProjectBuilder.id("scale:check:banner");
    static final UUID BOOTH = SampleProjectBuilder.id("scale:booth");

    private Document document;
    private Selection selection;
    private ChecklistView view;

    @Start
    void start(Stage stage) {
        document = new Document(SampleProjectBuilder.build(), null, false);
        selection = new Selection();
        selection.set(NodeKey.trip(SampleProjectBuilder.SCALE_TRIP));
        view = new ChecklistView(document, selection, FEB_4);
        Scene scene = new Scene(view, 1100, 700);
        scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    private ChecklistItem item(UUID id) {
        return (ChecklistItem) document.project().item(id).orElseThrow();
    }

    private List<String> shownTexts() {
        return view.viewModel().entries().stream().map(e -> e.item().text()).toList();
    }

    /** The laid-out cell showing the item, once the list has drawn it. */
    private ListCell<?> cell(FxRobot robot, UUID id) {
        FxWait.until("the row of " + id + " is laid out", () -> robot.lookup(".checklist-entry").queryAllAs(ListCell.class)
                .stream().anyMatch(c -> c.getItem() instanceof ChecklistLine l && l.row() instanceof ChecklistRow.Entry e && e.item().id().equals(id)));
        return robot.lookup(".checklist-entry").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof ChecklistLine l && l.row() instanceof ChecklistRow.Entry e && e.item().id().equals(id)).findFirst().orElseThrow();
    }

    /** The field at the end of the list of {@code owner}, in the cell that shows it now. */
    private TextField addField(FxRobot robot, UUID owner) {
        FxWait.until("the field of " + owner + " is laid out", () -> robot.lookup(".checklist-add").queryAllAs(ListCell.class)
                .stream().anyMatch(c -> c.isVisible() && c.getItem() instanceof ChecklistLine l && l.row() instanceof ChecklistRow.Add a && owner.equals(a.group().owner())));
        ListCell<?> cell = robot.lookup(".checklist-add").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && c.getItem() instanceof ChecklistLine l && l.row() instanceof ChecklistRow.Add a && owner.equals(a.group().owner()))
                .findFirst().orElseThrow();
        return robot.from(cell).lookup(".add-field").queryAs(TextField.class);
    }

    private CheckBox box(FxRobot robot, UUID id) {
        return robot.from(cell(robot, id)).lookup(".tick").queryAs(CheckBox.class);
    }

    @Test
    void listsTheTripsItemsByWhatTheyAreForWithProgress() {
        List<ChecklistRow> rows = view.viewModel().rows();
        List<String> headers = rows.stream().filter(r -> r instanceof ChecklistRow.Header)
                .map(r -> ((ChecklistRow.Header) r).title() + " " + ((ChecklistRow.Header) r).done() + "/"
                        + ((ChecklistRow.Header) r).total()).toList();
        assertEquals(List.of("The trip 1/1", "OpenVZ 1/3", "Live migration of a running container 0/1"), headers);
        assertEquals("2 of 5 done", view.toolbar().lookup("#checklist-overall") instanceof Label l ? l.getText() : "");
        ChecklistRow.Entry cds = view.viewModel().entries().stream().filter(e -> e.item().id().equals(CDS)).findFirst()
                .orElseThrow();
        assertTrue(cds.late());
        assertEquals("4 days late · Thu 31 Jan", ChecklistCell.dueText(cds, LocalDate.of(2008, 2, 4)));
    }

    @Test
    void oneClickOnTheBoxTicksThroughOneEditAndUndoUnticks(FxRobot robot) {
        robot.clickOn(box(robot, CDS));
        FxWait.until("the item is done", () -> item(CDS).done());
        FxWait.until("its box shows ticked", () -> box(robot, CDS).isSelected());
        assertEquals("Tick checklist item", document.undoLabelProperty().get());
        assertEquals("3 of 5 done", robot.lookup("#checklist-overall").queryAs(Label.class).getText());

        robot.clickOn(box(robot, CDS));
        FxWait.until("the item is open again", () -> !item(CDS).done());
        assertEquals("Untick checklist item", document.undoLabelProperty().get());

        robot.interact(document::undo);
        assertTrue(item(CDS).done());
        robot.interact(document::undo);
        assertFalse(item(CDS).done());
        FxWait.until("its box shows unticked after undo", () -> !box(robot, CDS).isSelected());
        assertFalse(document.canUndoProperty().get(), "two clicks, two edits, both undone");
    }

    /** A tick redraws the item's line and its heading in place: the list neither lays out again nor reselects. */
    @Test
    void tickingChangesTheItemsLineInPlaceAndKeepsTheSelection(FxRobot robot) {
        robot.interact(() -> selection.set(NodeKey.item(SampleProjectBuilder.SCALE_TRIP, ItemKind.CHECKLIST, BOOKLETS)));
        List<ChecklistLine> before = List.copyOf(view.viewModel().lines());
        int[] changes = {0};
        robot.interact(() -> view.viewModel().lines().addListener((ListChangeListener<ChecklistLine>) c -> changes[0]++));
        robot.interact(() -> view.viewModel().toggle(List.of(item(CDS))));
        FxWait.until("its box shows ticked", () -> box(robot, CDS).isSelected());
        assertEquals(0, changes[0], "no line came or went");
        for (int i = 0; i < before.size(); i++) {
            assertSame(before.get(i), view.viewModel().lines().get(i), "line " + i);
        }
        assertTrue(view.viewModel().rows().contains(new ChecklistRow.Header(new ChecklistRow.Group(
                SampleProjectBuilder.SCALE_TRIP, BOOTH), "OpenVZ", "Booth", 2, 3)), view.viewModel().rows().toString());
        assertEquals(List.of(BOOKLETS), view.selectedItems().stream().map(ChecklistItem::id).toList());
        assertEquals(List.of(BOOKLETS), selection.items().stream().map(NodeKey::id).toList());
    }

    @Test
    void spaceTicksTheSelectedRowsAndUndoUnticks(FxRobot robot) {
        robot.clickOn(cell(robot, CDS));
        FxWait.until("the row is selected and shared", () -> selection.isSelected(CDS));
        robot.type(KeyCode.SPACE);
        FxWait.until("space ticked it", () -> item(CDS).done());
        assertTrue(selection.isSelected(CDS), "the row stays selected after the edit");
        robot.type(KeyCode.SPACE);
        FxWait.until("space again unticked it", () -> !item(CDS).done());

        robot.interact(() -> selection.selectItems(List.of(
                NodeKey.item(SampleProjectBuilder.SCALE_TRIP, ItemKind.CHECKLIST, CDS),
                NodeKey.item(SampleProjectBuilder.SCALE_TRIP, ItemKind.CHECKLIST, BOOKLETS))));
        FxWait.until("both rows selected", () -> view.selectedItems().size() == 2);
        robot.interact(() -> view.list().requestFocus());
        robot.type(KeyCode.SPACE);
        FxWait.until("both ticked", () -> item(CDS).done() && item(BOOKLETS).done());
        assertEquals("Tick 2 checklist items", document.undoLabelProperty().get());
        robot.interact(document::undo);
        assertFalse(item(CDS).done() || item(BOOKLETS).done(), "one undo unticks both");
    }

    @Test
    void filtersShowOnesItemsOpenOnesLateOnesAndThisWeeks(FxRobot robot) {
        robot.clickOn("#checklist-late");
        assertEquals(List.of("Print 300 OpenVZ booklets", "Burn 40 live CDs (15 minutes each: start a week early)"),
                shownTexts());
        robot.clickOn("#checklist-late");
        robot.clickOn("#checklist-week");
        assertEquals(List.of("Backup notebook for the live-migration demo"), shownTexts());
        robot.clickOn("#checklist-week");
        robot.clickOn("#checklist-open");
        assertEquals(3, shownTexts().size());
        assertTrue(view.viewModel().entries().stream().noneMatch(e -> e.item().done()));
        robot.interact(() -> view.viewModel().personProperty().set(SampleProjectBuilder.DANA));
        assertEquals(List.of("Print 300 OpenVZ booklets"), shownTexts());
        assertEquals("2 of 5 done · 1 shown", robot.lookup("#checklist-overall").queryAs(Label.class).getText());
        robot.clickOn("#checklist-open");
        assertEquals(List.of("Print 300 OpenVZ booklets", "Booth banner"), shownTexts());
    }

    @Test
    void typingInAListsLastLineAndEnterAddsToThatListWithoutAForm(FxRobot robot) {
        TextField field = addField(robot, BOOTH);
        robot.clickOn(field);
        FxWait.until("the field has the keyboard", field::isFocused);
        robot.write("Power strip");
        robot.type(KeyCode.ENTER);
        FxWait.until("the item is added", () -> shownTexts().contains("Power strip"));
        Trip trip = document.project().trip(SampleProjectBuilder.SCALE_TRIP).orElseThrow();
        ChecklistItem added = trip.items(ChecklistItem.class).stream().filter(c -> c.text().equals("Power strip"))
                .findFirst().orElseThrow();
        assertEquals(BOOTH, added.linkedItem(), "added to the booth's list");
        assertFalse(added.done());
        assertEquals("Add checklist item Power strip", document.undoLabelProperty().get());

        FxWait.until("the booth's field keeps the keyboard for the next item", () -> addField(robot, BOOTH).isFocused());
        robot.write("Extension cord");
        robot.type(KeyCode.ENTER);
        FxWait.until("the second item is added", () -> shownTexts().contains("Extension cord"));
        List<String> texts = shownTexts();
        assertEquals(texts.indexOf("Power strip") + 1, texts.indexOf("Extension cord"), "in the order typed");
        robot.interact(document::undo);
        robot.interact(document::undo);
        assertFalse(shownTexts().contains("Power strip"));
    }

    @Test
    void draggingARowOntoAnotherMovesItBeforeItInOneEdit(FxRobot robot) {
        List<String> before = shownTexts();
        robot.drag(cell(robot, BANNER)).dropTo(cell(robot, BOOKLETS));
        FxWait.until("the banner moved before the booklets", () -> shownTexts().indexOf("Booth banner") + 1
                == shownTexts().indexOf("Print 300 OpenVZ booklets"));
        assertEquals("Move checklist item", document.undoLabelProperty().get());
        robot.interact(document::undo);
        assertEquals(before, shownTexts(), "one undo puts it back");
        assertFalse(document.canUndoProperty().get(), "the drag was one edit");
    }

    @Test
    void altArrowsMoveTheSelectedItemWithinItsList(FxRobot robot) {
        robot.clickOn(cell(robot, BANNER));
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        FxWait.until("the banner moved up one", () -> shownTexts().indexOf("Booth banner") + 1
                == shownTexts().indexOf("Burn 40 live CDs (15 minutes each: start a week early)"));
        assertTrue(selection.isSelected(BANNER), "the moved item stays selected");
    }

    @Test
    void selectingAnItemElsewhereSelectsItsRowAndAnotherTripShowsItsList(FxRobot robot) {
        robot.interact(() -> selection.set(NodeKey.item(SampleProjectBuilder.SCALE_TRIP, ItemKind.CHECKLIST, BOOKLETS)));
        assertEquals(List.of(BOOKLETS), view.selectedItems().stream().map(ChecklistItem::id).toList());
        robot.interact(() -> selection.set(NodeKey.trip(SampleProjectBuilder.FOSDEM_TRIP)));
        assertEquals(SampleProjectBuilder.FOSDEM_TRIP, view.viewModel().tripIdProperty().get());
        assertTrue(shownTexts().contains("Stickers and booklets"));
    }

    @Test
    void aProjectWithNoTripShowsNoCountsOrRowsOfTheLastOne(FxRobot robot) {
        robot.interact(() -> document.replace(org.roadshow.model.Project.empty(), null, false));
        assertEquals("", robot.lookup("#checklist-overall").queryAs(Label.class).getText());
        assertEquals(0, robot.lookup("#checklist-progress").queryAs(javafx.scene.control.ProgressBar.class).getProgress());
        assertTrue(view.viewModel().rows().isEmpty());
        assertTrue(robot.lookup("No trips yet").tryQuery().isPresent(), "the empty state says why");
    }

    /** The ⋯ menu of a list: a template's entries are added once; offered again, it says they are all there. */
    @Test
    void aTemplateFromAListsMenuAddsItsEntriesOnceAndThenIsOffered(FxRobot robot) {
        ChecklistRow.Group booth = new ChecklistRow.Group(SampleProjectBuilder.SCALE_TRIP, BOOTH);
        javafx.scene.control.MenuItem kit = boothKit(robot, booth);
        assertFalse(kit.isDisable(), kit.getText());
        int before = shownTexts().size();
        robot.interact(kit::fire);
        int added = shownTexts().size() - before;
        assertTrue(added > 0);
        assertEquals("Booth kit (" + added + " new)", kit.getText(), "the menu said how many it would add");
        assertEquals("Apply template Booth kit", document.undoLabelProperty().get());

        javafx.scene.control.MenuItem again = boothKit(robot, booth);
        assertTrue(again.isDisable(), "nothing left to add: " + again.getText());
        assertEquals("Booth kit (all on this list)", again.getText());
        robot.interact(again::fire);
        assertEquals(before + added, shownTexts().size(), "applying it again adds nothing twice");
        robot.interact(document::undo);
        assertEquals(before, shownTexts().size(), "one undo takes the template's entries away");
    }

    private javafx.scene.control.MenuItem boothKit(FxRobot robot, ChecklistRow.Group group) {
        javafx.scene.control.MenuItem[] found = new javafx.scene.control.MenuItem[1];
        robot.interact(() -> {
            javafx.scene.control.Menu apply = (javafx.scene.control.Menu) view.listMenu(group).get(0);
            found[0] = apply.getItems().stream().filter(m -> m.getText() != null && m.getText().startsWith("Booth kit"))
                    .findFirst().orElseThrow();
        });
        return found[0];
    }
}
