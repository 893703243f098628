package org.roadshow.ui.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.Project;
import org.roadshow.ui.document.Document;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The clash mark: sessions that overlap the selected person's own talks, shifts, demos, travel and meetings. */
@ExtendWith(ApplicationExtension.class)
class ProgrammeClashTest {
    private Document document;
    private ProgrammeView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Project project = ProgrammeFixtures.withFosdem2017Slice();
        document = new Document(project, null, false);
        view = new ProgrammeView(document);
        stage.setScene(new Scene(view, 1280, 700));
        stage.show();
    }

    private Map<String, String> clashes() {
        return view.viewModel().rows().stream().collect(Collectors.toMap(r -> r.session().title(), SessionRow::clash));
    }

    @Test
    void marksSessionsThatOverlapTheSelectedPersonsOwnItems(FxRobot robot) {
        robot.interact(() -> view.viewModel().personIdProperty().set(SampleProjectBuilder.RAVI));
        Map<String, String> ravi = clashes();
        assertEquals("Overlaps booth duty at Xen Project (Sat 4 Feb 09:30–12:00); "
                + "the talk “Live patching the Xen Project hypervisor” (Sat 4 Feb 11:30–11:55)", ravi.get("Xen on ARM"));
        assertEquals("", ravi.get("Unikernels in Rust"));

        robot.interact(() -> view.viewModel().personIdProperty().set(SampleProjectBuilder.ZOE));
        Map<String, String> zoe = clashes();
        assertTrue(zoe.get("Unikernels in Rust").contains("booth duty"), zoe.toString());
        assertTrue(zoe.get("Xen on ARM").contains("booth duty"), zoe.toString());
        // The cells repaint on a later pulse; on a busy machine that can be a few frames away.
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup(".clash").queryAll().size() == 3);
        } catch (java.util.concurrent.TimeoutException e) {
            // fall through to the assertion, which reports what is on screen
        }
        assertEquals(3, robot.lookup(".clash").queryAll().size(), "one mark per clashing row on screen");
        robot.interact(() -> view.table().getSelectionModel().select(0));
        robot.interact(() -> Screenshots.save(stage.getScene(), "schedule-clash"));
    }
}
