package org.roadshow.ui.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.model.Session;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.document.Document;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Programme tab with FOSDEM 2021 (773 sessions) in the sample project's FOSDEM trip. */
@ExtendWith(ApplicationExtension.class)
class ProgrammeViewTest {
    private Document document;
    private ProgrammeView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        document = new Document(ProgrammeFixtures.withFosdem2021(), null, false);
        view = new ProgrammeView(document);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
        stage.requestFocus();
    }

    private Programme programme() {
        return document.project().trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow().programmes().get(0);
    }

    /** The star of the table row showing item {@code index} (cells are reused, so found by row index). */
    static Label star(FxRobot robot, int index) {
        TableRow<?> row = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == index && r.getItem() != null).findFirst().orElseThrow();
        return robot.from(row).lookup(".star").queryAs(Label.class);
    }

    /** The star of row {@code index}, once the table has laid that row out (after a scroll, a later pulse). */
    static Label shownStar(FxRobot robot, int index) {
        FxWait.until("row " + index + " is laid out", () -> robot.lookup(".table-row-cell").queryAllAs(TableRow.class)
                .stream().anyMatch(r -> r.getIndex() == index && r.getItem() != null));
        return star(robot, index);
    }

    private List<Session> visible() {
        return view.table().getItems().stream().map(SessionRow::session).toList();
    }

    @Test
    void showsTheProgrammeSortedByTimeWithTheFirstTeamMemberStarring(FxRobot robot) {
        assertEquals(773, view.table().getItems().size());
        assertEquals("773 sessions", robot.lookup("#programme-count").queryAs(Label.class).getText());
        assertEquals(SampleProjectBuilder.LENA, view.viewModel().personIdProperty().get());
        List<Session> shown = visible();
        for (int i = 1; i < shown.size(); i++) {
            assertFalse(shown.get(i).start().compareTo(shown.get(i - 1).start()) < 0, "sorted by start");
        }
        assertEquals(2, view.viewModel().days().size());
        assertEquals(106, view.viewModel().rooms().size(), "the 108 rooms of the file less the 2 without sessions");
    }

    @Test
    void clickingTheStarStarsTheSessionThroughOneEditAndUndoRemovesIt(FxRobot robot) {
        robot.interact(() -> view.viewModel().personIdProperty().set(SampleProjectBuilder.ZOE));
        Session first = visible().get(0);
        robot.clickOn(shownStar(robot, 0));
        FxWait.until("the first row's star shows starred", () -> ProgrammeTable.STARRED.equals(star(robot, 0).getText()));
        Session after = programme().sessions().stream().filter(s -> s.id().equals(first.id())).findFirst().orElseThrow();
        assertEquals(Set.of(SampleProjectBuilder.ZOE), after.starredBy());
        assertEquals("Star session", document.undoLabelProperty().get());

        robot.interact(document::undo);
        Session undone = programme().sessions().stream().filter(s -> s.id().equals(first.id())).findFirst().orElseThrow();
        assertTrue(undone.starredBy().isEmpty());
        FxWait.until("the first row's star shows unstarred after undo",
                () -> ProgrammeTable.UNSTARRED.equals(star(robot, 0).getText()));
        assertEquals(773, view.table().getItems().size(), "rows kept, not rebuilt into duplicates");
    }

    @Test
    void searchFiltersByTitleSpeakerAndAbstractAndFiltersCombine(FxRobot robot) {
        robot.clickOn("#programme-search").write("rust");
        WaitForAsyncUtils.waitForFxEvents();
        List<Session> hits = visible();
        long expected = programme().sessions().stream()
                .filter(s -> SessionSearch.matches(SessionSearch.haystack(s), new String[] {"rust"})).count();
        assertEquals(expected, hits.size());
        assertTrue(hits.size() > 5 && hits.size() < 773, "Rust is a FOSDEM devroom: " + hits.size());
        assertEquals(hits.size() + " of 773 sessions", robot.lookup("#programme-count").queryAs(Label.class).getText());

        robot.interact(() -> view.viewModel().trackProperty().set("Rust"));
        assertTrue(visible().stream().allMatch(s -> s.track().equals("Rust")));
        robot.interact(() -> view.viewModel().dayProperty().set(view.viewModel().days().get(1)));
        assertTrue(visible().stream().allMatch(s -> s.start().time().toLocalDate().equals(view.viewModel().days().get(1))));

        robot.interact(() -> view.viewModel().queryProperty().set("Marco Marinello"));
        robot.interact(() -> view.viewModel().trackProperty().set(null));
        robot.interact(() -> view.viewModel().dayProperty().set(null));
        assertEquals(List.of("Empowering the school of the future"), visible().stream().map(Session::title).toList());
        robot.interact(() -> Screenshots.save(stage.getScene(), "programme-search"));
    }

    @Test
    void screenshotOfTheTabWithFosdem2021(FxRobot robot) {
        robot.interact(() -> {
            view.viewModel().personIdProperty().set(SampleProjectBuilder.ZOE);
            view.table().getSelectionModel().select(3);
        });
        robot.clickOn(shownStar(robot, 1));
        robot.clickOn(shownStar(robot, 3));
        robot.interact(() -> {
            SessionRow school = view.table().getItems().stream()
                    .filter(r -> r.session().title().equals("Empowering the school of the future")).findFirst().orElseThrow();
            view.table().getSelectionModel().select(school);
            view.table().scrollTo(Math.max(0, view.table().getItems().indexOf(school) - 3));
        });
        robot.clickOn(shownStar(robot, view.table().getSelectionModel().getSelectedIndex()));
        robot.interact(() -> Screenshots.save(stage.getScene(), "schedule-fosdem-2021"));
        assertEquals(3, programme().sessions().stream().filter(s -> s.starredBy(SampleProjectBuilder.ZOE)).count());
    }
}
