package org.roadshow.ui.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.io.fetch.LocalServer;
import org.roadshow.model.Conference;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.document.Document;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File › Import Programme from a web address, as a user does it: type the address, Fetch, see the progress and
 * the preview, Import (one edit, with the trip's new conference); Cancel while the server is silent; Update
 * Programme when nothing changed. Real background threads and a server on this machine; waits on state.
 */
@ExtendWith(ApplicationExtension.class)
class ImportFromUrlDialogTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final Background background = new Background(pool, Platform::runLater);
    private LocalServer server;
    private ImportProgrammeDialog dialog;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        server = new LocalServer();
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (dialog != null) {
            robot.interact(dialog::close);
        }
        server.close();
        pool.shutdownNow();
    }

    private void open(FxRobot robot, Document document, UUID trip) {
        robot.interact(() -> {
            dialog = new ImportProgrammeDialog(document, background, owner -> Optional.empty(), trip);
            dialog.initOwner(stage);
            dialog.show();
        });
    }

    private Button importButton() {
        return (Button) dialog.getDialogPane().lookupButton(ImportProgrammeDialog.IMPORT);
    }

    private String status(FxRobot robot) {
        return robot.lookup("#import-status").queryAs(Label.class).getText();
    }

    private void fetch(FxRobot robot, String url) {
        FxWait.replaceText(robot, robot.lookup("#import-file").queryAs(TextField.class), url);
        robot.clickOn("#import-fetch");
    }

    @Test
    void typedAddressIsFetchedPreviewedAndImportedWithTheConferenceAsOneEdit(FxRobot robot) throws Exception {
        server.programme("/2021/schedule.xml", ProgrammeFixtures.resource("fosdem_2021.xml"), "\"v1\"", null);
        Trip trip = Trip.create("FOSDEM 2021");
        Project before = SampleProjectBuilder.build().withTrip(trip);
        Document document = new Document(before, null, false);
        open(robot, document, trip.id());
        String url = server.url("/2021/schedule.xml");
        fetch(robot, url);
        FxWait.until("the fetched programme is previewed", () -> !importButton().isDisabled());

        assertEquals("Imports \"FOSDEM 2021\": 773 sessions over 2 days in 108 rooms, times in Europe/Brussels.",
                status(robot));
        CheckBox conference = robot.lookup("#import-conference").queryAs(CheckBox.class);
        assertTrue(conference.isVisible() && conference.isSelected(), "the trip has no conference: one is offered, ticked");
        assertEquals("Add the conference to the trip: \"FOSDEM 2021\": Online, Sat 6 Feb 2021 – Sun 7 Feb 2021, "
                + "Europe/Brussels", conference.getText());
        assertFalse(robot.lookup("#import-progress-row").query().isVisible(), "the progress row goes once done");

        robot.clickOn(importButton());
        Trip after = document.project().trip(trip.id()).orElseThrow();
        Programme programme = after.programmes().get(0);
        assertEquals(url, programme.feed().url());
        assertEquals("\"v1\"", programme.feed().etag());
        Conference made = after.items(Conference.class).get(0);
        assertEquals(LocalDate.of(2021, 2, 6), made.firstDay());
        assertEquals(made.id(), programme.conferenceId());
        robot.interact(document::undo);
        assertEquals(before, document.project(), "one undo takes out the programme and the conference");
    }

    @Test
    void aProgrammeFarFromTheTripSaysSoOnTheButton(FxRobot robot) throws Exception {
        server.programme("/schedule.xml", ProgrammeFixtures.resource("fosdem_2021.xml"), null, null);
        Document document = new Document(SampleProjectBuilder.build(), null, false);
        open(robot, document, SampleProjectBuilder.FOSDEM_TRIP);
        fetch(robot, server.url("/schedule.xml"));
        FxWait.until("the fetched programme is previewed", () -> !importButton().isDisabled());
        assertEquals("Import Anyway", importButton().getText());
        assertTrue(status(robot).endsWith("\nThe programme's days (Sat 6 Feb 2021 – Sun 7 Feb 2021) are 1,462 days from "
                + "the trip's (Fri 3 Feb 2017 – Sun 5 Feb 2017). Check that this is the right trip."), status(robot));
        CheckBox conference = robot.lookup("#import-conference").queryAs(CheckBox.class);
        assertFalse(conference.isSelected(), "changing the trip's own conference is offered, not ticked");
        assertTrue(conference.getText().startsWith("Update the trip's conference \"FOSDEM 2017\" to match the programme:"
                + " name: \"FOSDEM 2017\" → \"FOSDEM 2021\"; days: "), conference.getText());
    }

    @Test
    void cancelStopsASilentServerAndErrorsNameTheAddress(FxRobot robot) throws Exception {
        server.silent("/slow");
        Document document = new Document(SampleProjectBuilder.build(), null, false);
        open(robot, document, SampleProjectBuilder.FOSDEM_TRIP);
        fetch(robot, server.url("/slow"));
        FxWait.until("the progress row shows", () -> robot.lookup("#import-progress-row").query().isVisible());
        robot.clickOn("#import-cancel");
        FxWait.until("the fetch is cancelled", () -> status(robot).equals("Cancelled. Nothing was imported."));
        assertTrue(importButton().isDisabled());

        String missing = server.url("/2031/schedule.xml");
        fetch(robot, missing);
        FxWait.until("the error shows", () -> status(robot).startsWith(missing));
        assertEquals(missing + ": not found on the server (HTTP 404); check the address\nNothing was imported.", status(robot));
        assertFalse(document.isDirty());
    }

    @Test
    void updateProgrammeSaysNoChangeWhenTheServerSays304(FxRobot robot) throws Exception {
        server.programme("/schedule.xml", ProgrammeFixtures.resource("frab_new_36c3.xml"), "\"v1\"",
                "Fri, 20 Dec 2019 10:00:00 GMT");
        Trip trip = Trip.create("36C3");
        Document document = new Document(SampleProjectBuilder.build().withTrip(trip), null, false);
        open(robot, document, trip.id());
        fetch(robot, server.url("/schedule.xml"));
        FxWait.until("the fetched programme is previewed", () -> !importButton().isDisabled());
        robot.clickOn(importButton());
        UUID programme = document.project().trip(trip.id()).orElseThrow().programmes().get(0).id();

        List<String> told = new ArrayList<>();
        robot.interact(() -> {
            dialog = new ImportProgrammeDialog(document, background, owner -> Optional.empty(), trip.id());
            dialog.initOwner(stage);
            dialog.show();
            dialog.updateFrom(trip.id(), programme, told::add);
        });
        FxWait.until("the server's answer is shown", () -> status(robot).startsWith("No change since "));
        assertTrue(status(robot).endsWith(": \"36th Chaos Communication Congress\" is as the server has it."), status(robot));
        assertEquals(List.of(status(robot)), told, "the window's status bar is told too");
        assertEquals("\"v1\"", server.lastRequest().header("If-None-Match"));
        assertTrue(importButton().isDisabled());
    }
}
