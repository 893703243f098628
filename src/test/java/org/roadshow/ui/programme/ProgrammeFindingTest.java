package org.roadshow.ui.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.Session;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.programme.ProgrammeViewModel.TrackCount;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Finding talks in FOSDEM 2021: word-prefix search with marks, Ctrl+F, searchable pickers, the tracks overview. */
@ExtendWith(ApplicationExtension.class)
class ProgrammeFindingTest {
    private Document document;
    private ProgrammeView view;

    @Start
    void start(Stage stage) throws Exception {
        document = new Document(ProgrammeFixtures.withFosdem2021(), null, false);
        view = new ProgrammeView(document);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
        stage.requestFocus();
    }

    private List<Session> visible() {
        return view.table().getItems().stream().map(SessionRow::session).toList();
    }

    /** The marked words shown in the table's cells. */
    private List<String> markedInTable(FxRobot robot) {
        return robot.lookup(".programme-table ." + MatchText.MATCH).queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();
    }

    @Test
    void searchFindsWordStartsOnlyAndMarksThemInTableAndDetails(FxRobot robot) {
        TextField search = robot.lookup("#programme-search").queryAs(TextField.class);
        FxWait.replaceText(robot, search, "rust");
        FxWait.until("the table shows the matches", () -> visible().size() < 773);
        assertFalse(visible().isEmpty());
        for (Session s : visible()) {
            assertTrue(SessionSearch.matches(SessionSearch.haystack(s), new String[] {"rust"}), s.title());
        }
        List<Session> insideWords = document.project().trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow().programmes()
                .get(0).sessions().stream().filter(s -> SessionSearch.haystack(s).contains("rust")
                        && !SessionSearch.matches(SessionSearch.haystack(s), new String[] {"rust"})).toList();
        assertTrue(insideWords.stream().anyMatch(s -> s.track().equals("Hardware-Aided Trusted Computing")),
                "FOSDEM has sessions where \"rust\" is only inside a word (\"Trusted\")");
        assertTrue(visible().stream().noneMatch(insideWords::contains), "those are not found");
        FxWait.until("the matches are marked in the table", () -> !markedInTable(robot).isEmpty());
        assertTrue(markedInTable(robot).stream().allMatch(t -> t.equalsIgnoreCase("rust")), markedInTable(robot).toString());

        robot.interact(() -> view.table().getSelectionModel().select(0));
        FxWait.until("the details show the first match",
                () -> view.details().titleText().equals(visible().get(0).title()));
        List<String> marked = robot.from(view.details()).lookup("." + MatchText.MATCH).queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertFalse(marked.isEmpty(), "the details mark the word too");
        assertTrue(marked.stream().allMatch(t -> t.equalsIgnoreCase("rust")), marked.toString());

        FxWait.replaceText(robot, search, "");
        FxWait.until("no marks once the search is cleared", () -> markedInTable(robot).isEmpty());
        assertEquals(773, visible().size());
    }

    @Test
    void ctrlFMovesTheFocusToTheSearchField(FxRobot robot) {
        robot.clickOn(view.table());
        FxWait.until("the table has the focus", () -> view.table().isFocused());
        robot.press(KeyCode.SHORTCUT, KeyCode.F).release(KeyCode.F, KeyCode.SHORTCUT);
        TextField search = robot.lookup("#programme-search").queryAs(TextField.class);
        FxWait.until("the search field has the focus", search::isFocused);
        robot.write("kotlin");
        FxWait.until("what is typed goes into the search", () -> view.viewModel().queryProperty().get().equals("kotlin"));
    }

    @Test
    void typingInTheRoomPickerFiltersItsList(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<String> room = robot.lookup("#room-filter").queryAs(ComboBox.class);
        assertEquals(107, room.getItems().size(), "106 rooms and \"All rooms\"");
        robot.clickOn(room);
        TextField typed = robot.from(room).lookup("#search").queryAs(TextField.class); // ControlsFX's search field
        FxWait.until("the picker's search field has the focus", typed::isFocused);
        robot.write("trusted");
        ComboBox<?> list = robot.from(room).lookup("#filtered").queryAs(ComboBox.class); // the list it filters
        FxWait.until("the list holds only the rooms typed, not all " + room.getItems().size() + " (typed \"" + typed.getText()
                + "\")", () -> list.getItems().stream().map(String::valueOf).toList().equals(List.of("D.hardware.trusted")));
        robot.push(KeyCode.ENTER);
        FxWait.until("the room picked filters the table", () -> "D.hardware.trusted".equals(view.viewModel().roomProperty().get()));
        assertTrue(visible().stream().allMatch(s -> s.room().equals("D.hardware.trusted")));
        assertFalse(visible().isEmpty());
    }

    @Test
    void theTracksOverviewCountsSessionsAndStarsAndFiltersOnClick(FxRobot robot) {
        robot.clickOn("#show-tracks");
        FxWait.until("the overview shows", () -> view.tracksOverview().getScene() != null && view.tracksOverview().isVisible());
        Session kotlinTalk = visible().stream().filter(s -> s.track().equals("Kotlin")).findFirst().orElseThrow();
        robot.interact(() -> view.viewModel().toggleStar(kotlinTalk));
        long kotlin = document.project().trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow().programmes().get(0).sessions()
                .stream().filter(s -> s.track().equals("Kotlin")).count();
        FxWait.until("Kotlin's counts show its star", () -> view.viewModel().trackCounts().contains(
                new TrackCount("Kotlin", (int) kotlin, 1)));
        TrackCount all = view.tracksOverview().list().getItems().get(0);
        assertEquals("", all.track());
        assertEquals(1, all.starred());

        robot.interact(() -> view.tracksOverview().list().scrollTo(new TrackCount("Kotlin", (int) kotlin, 1)));
        ListCell<?> cell = robot.lookup("#tracks-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof TrackCount t && t.track().equals("Kotlin")).findFirst().orElseThrow();
        assertEquals(kotlin + " · 1 ★", robot.from(cell).lookup(".track-count").queryAs(Label.class).getText());
        robot.clickOn(cell);
        FxWait.until("the table shows the Kotlin track", () -> "Kotlin".equals(view.viewModel().trackProperty().get()));
        assertEquals(kotlin, visible().size());
        assertEquals("Kotlin", robot.lookup("#track-filter").queryAs(ComboBox.class).getValue());
        FxWait.until("the track filtered on is marked", () -> trackCell(robot, "Kotlin").getPseudoClassStates()
                .contains(javafx.css.PseudoClass.getPseudoClass("active")));
        assertEquals("Tracks: only Kotlin", robot.lookup("#tracks-heading").queryAs(Label.class).getText());

        // the second press is given to the cell itself: under Monocle the robot's second click on it did not arrive
        robot.interact(() -> {
            ListCell<?> kotlinCell = trackCell(robot, "Kotlin");
            kotlinCell.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_PRESSED, 5, 5, 5, 5,
                    javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false,
                    false, true, null));
        });
        FxWait.until("a second click on Kotlin shows every track", () -> view.viewModel().trackProperty().get() == null);
        assertEquals(773, visible().size());
        assertEquals("Tracks", robot.lookup("#tracks-heading").queryAs(Label.class).getText());
        robot.interact(() -> view.viewModel().trackProperty().set("Kotlin"));

        robot.interact(() -> view.tracksOverview().list().scrollTo(0));
        ListCell<?> allCell = robot.lookup("#tracks-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof TrackCount t && t.track().isEmpty()).findFirst().orElseThrow();
        robot.clickOn(allCell);
        FxWait.until("all tracks again", () -> view.viewModel().trackProperty().get() == null);
        assertEquals(773, visible().size());
    }

    private static ListCell<?> trackCell(FxRobot robot, String track) {
        return robot.lookup("#tracks-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && c.getItem() instanceof TrackCount t && t.track().equals(track)).findFirst()
                .orElseThrow();
    }

    @Test
    void theWhenColumnShowsEveryTimeWhole(FxRobot robot) {
        TableCell<?, ?> when = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "when-column".equals(c.getTableColumn().getId()) && c.getText() != null)
                .findFirst().orElseThrow();
        javafx.scene.text.Text probe = new javafx.scene.text.Text("Sun 7 Feb  11:20–11:45");
        probe.setFont(when.getFont());
        assertTrue(when.getTableColumn().getWidth() >= probe.getLayoutBounds().getWidth() + when.snappedLeftInset()
                + when.snappedRightInset(), "the column fits Sunday's times in the cells' font");
        robot.clickOn("#show-details");
        FxWait.until("the details pane is hidden", () -> view.details().getScene() == null);
        robot.clickOn("#show-details");
        FxWait.until("the details pane is back", () -> view.details().getScene() != null);
    }
}
