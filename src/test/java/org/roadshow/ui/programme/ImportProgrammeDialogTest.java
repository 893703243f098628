package org.roadshow.ui.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.ProgrammeEdits;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.model.Session;
import org.roadshow.model.Trip;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.document.Document;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File > Import Programme: choose, preview, confirm as one edit; failures and Cancel change nothing. */
@ExtendWith(ApplicationExtension.class)
class ImportProgrammeDialogTest {
    @TempDir
    Path dir;
    private ImportProgrammeDialog dialog;
    private Path chosen;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (dialog != null) {
            robot.interact(dialog::close);
        }
    }

    private void open(FxRobot robot, Document document) {
        robot.interact(() -> {
            dialog = new ImportProgrammeDialog(document, Background.direct(), owner -> Optional.of(chosen),
                    SampleProjectBuilder.FOSDEM_TRIP);
            dialog.initOwner(stage);
            dialog.show();
        });
        robot.clickOn("#import-browse");
    }

    private Node importButton() {
        return dialog.getDialogPane().lookupButton(ImportProgrammeDialog.IMPORT);
    }

    private Trip fosdemTrip(Document document) {
        return document.project().trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow();
    }

    @Test
    void importsFosdemAfterAskingTheZoneAndUndoRemovesIt(FxRobot robot) throws Exception {
        chosen = dir.resolve("fosdem_2021.xml");
        Files.write(chosen, ProgrammeFixtures.resource("fosdem_2021.xml"));
        Document document = new Document(SampleProjectBuilder.build(), null, false);
        open(robot, document);

        ComboBox<?> zone = robot.lookup("#import-zone").queryAs(ComboBox.class);
        assertTrue(zone.isVisible(), "the old FOSDEM file states no zone, so it is asked");
        assertEquals("Europe/Brussels", zone.getValue());
        assertEquals("Imports \"FOSDEM 2021\": 773 sessions over 2 days in 108 rooms, times in Europe/Brussels.\n"
                + "The programme's days (Sat 6 Feb 2021 – Sun 7 Feb 2021) are 1,462 days from the trip's "
                + "(Fri 3 Feb 2017 – Sun 5 Feb 2017). Check that this is the right trip.",
                robot.lookup("#import-status").queryAs(Label.class).getText());
        String preview = robot.lookup("#import-preview").queryAs(TextArea.class).getText();
        assertTrue(preview.startsWith("773 sessions will be added to \"FOSDEM 2017\":\n  Sat 6 Feb 2021: "), preview);
        assertTrue(preview.contains(" sessions, 09:00–"), "the day's hours, to check the zone by: " + preview);
        assertTrue(preview.contains("\n  Sun 7 Feb 2021: "), preview);
        assertTrue(preview.endsWith("Nothing changes until you click Import; Edit › Undo takes the programme out again."),
                preview);
        assertTrue(fosdemTrip(document).programmes().isEmpty(), "nothing applied before Import");
        robot.interact(() -> Screenshots.save(dialog.getDialogPane().getScene(), "import-programme-dialog"));

        robot.clickOn(importButton());
        assertEquals(773, fosdemTrip(document).programmes().get(0).sessions().size());
        assertEquals("Import programme FOSDEM 2021", document.undoLabelProperty().get());
        robot.interact(document::undo);
        assertTrue(fosdemTrip(document).programmes().isEmpty());
        assertFalse(document.canUndoProperty().get(), "the import was one edit");
    }

    @Test
    void reimportShowsWhatChangedForStarredSessionsBeforeApplying(FxRobot robot) throws Exception {
        String xml = new String(ProgrammeFixtures.resource("frab_new_36c3.xml"), java.nio.charset.StandardCharsets.UTF_8);
        chosen = dir.resolve("schedule.xml");
        Files.writeString(chosen, xml);
        Project project = ProgrammeFixtures.withProgramme(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8), "schedule.xml");
        Programme programme = project.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow().programmes().get(0);
        Session opening = programme.sessions().stream().filter(s -> s.title().equals("Opening Ceremony")).findFirst().orElseThrow();
        project = ProgrammeEdits.toggleStar(SampleProjectBuilder.FOSDEM_TRIP, programme.id(), opening.id(),
                SampleProjectBuilder.ZOE).apply(project);
        Document document = new Document(project, null, false);
        Files.writeString(chosen, xml.replace("<date>2019-12-27T11:00:00+01:00</date>", "<date>2019-12-27T15:00:00+01:00</date>"));
        open(robot, document);

        assertFalse(robot.lookup("#import-zone").queryAs(ComboBox.class).isVisible(), "the file states Europe/Berlin");
        String preview = robot.lookup("#import-preview").queryAs(TextArea.class).getText();
        assertEquals("0 added, 0 removed, 1 changed, 3 unchanged.\n1 starred or linked session changed:\n"
                + "  \"Opening Ceremony\" (starred): moved: Fri 27 Dec 11:00-11:40 → Fri 27 Dec 15:00-15:40\n\n"
                + "Sessions that stay keep their stars and their links to the team's talks. Nothing changes until you "
                + "click Update.", preview);
        assertEquals("Update Anyway", ((javafx.scene.control.Button) importButton()).getText(),
                "a re-import says what it does, and that 36C3 is far from FOSDEM 2017's days");
        robot.interact(() -> Screenshots.save(dialog.getDialogPane().getScene(), "import-programme-update"));
        robot.clickOn(importButton());
        Programme updated = fosdemTrip(document).programmes().get(0);
        assertEquals(1, fosdemTrip(document).programmes().size());
        Session moved = updated.sessions().stream().filter(s -> s.id().equals(opening.id())).findFirst().orElseThrow();
        assertEquals(15, moved.start().time().getHour());
        assertTrue(moved.starredBy(SampleProjectBuilder.ZOE));
    }

    @Test
    void aHostileFileShowsItsErrorAndImportStaysOff(FxRobot robot) throws Exception {
        chosen = dir.resolve("evil.xml");
        Files.writeString(chosen, "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><schedule>&e;</schedule>");
        Project before = SampleProjectBuilder.build();
        Document document = new Document(before, null, false);
        open(robot, document);
        String status = robot.lookup("#import-status").queryAs(Label.class).getText();
        assertTrue(status.startsWith("evil.xml, line 1: the file declares a DOCTYPE"), status);
        assertTrue(status.endsWith("Nothing was imported."), status);
        assertTrue(importButton().isDisabled());
        robot.interact(() -> Screenshots.save(dialog.getDialogPane().getScene(), "import-programme-error"));
        robot.interact(dialog::close);
        assertEquals(before, document.project());
        assertFalse(document.isDirty());
    }
}
