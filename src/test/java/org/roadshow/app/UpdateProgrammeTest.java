package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.Edits;
import org.roadshow.io.fetch.LocalServer;
import org.roadshow.io.programme.ProgrammeImport;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.model.Programme;
import org.roadshow.model.ProgrammeFeed;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.common.ScriptedPrompts;
import org.roadshow.ui.programme.ImportProgrammeDialog;
import org.roadshow.ui.programme.ProgrammeView;
import org.roadshow.ui.settings.Settings;
import org.roadshow.ui.settings.TestPrefs;
import org.roadshow.ui.window.ViewTab;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Update Programme from the Programme tab's button beside the programme's source, and from File › Update
 * Programme: both fetch the programme's address and end as an import does, the status bar saying what changed
 * and the Programme tab open on the programme.
 */
@ExtendWith(ApplicationExtension.class)
class UpdateProgrammeTest {
    @TempDir
    Path dir;
    private Preferences prefs;
    private RoadshowApp.Wiring w;
    private LocalServer server;
    private String url;
    private String xml;
    private final Trip trip = Trip.create("36C3");

    @Start
    void start(Stage stage) throws Exception {
        server = new LocalServer();
        xml = ImportUrlCommandTest.resource("frab_new_36c3.xml");
        url = server.url("/2019/schedule.xml");
        Programme held = ProgrammeImport.parse(xml.getBytes(StandardCharsets.UTF_8), url).toResult(ZoneId.of("Europe/Berlin"))
                .toProgramme(Instant.parse("2019-12-20T10:00:00Z"));
        held = held.withSource(url).withFeed(new ProgrammeFeed(url, "\"v1\"", "Fri, 20 Dec 2019 10:00:00 GMT"));
        Project project = SampleProjectBuilder.build().withTrip(trip);
        project = Edits.putProgramme(trip.id(), held, "Import").apply(project);
        Path file = dir.resolve("trips.roadshow");
        ProjectFile.save(project, file);
        prefs = TestPrefs.fresh();
        w = RoadshowApp.wire(stage, new Settings(prefs), s -> new ScriptedPrompts(), Background.direct(), () -> { });
        w.window().show(prefs);
        w.files().openFile(file);
    }

    @AfterEach
    void cleanUp() {
        TestPrefs.remove(prefs);
        server.close();
    }

    private void serve(String version, String from, String to) {
        server.programme("/2019/schedule.xml", xml.replace(from, to).getBytes(StandardCharsets.UTF_8), version, null);
    }

    /** Clicks Update in the dialog once it shows the change. */
    private void confirm(FxRobot robot) {
        FxWait.until("the update dialog shows what changed", () -> updateButton(robot) != null
                && !updateButton(robot).isDisabled() && "Update".equals(updateButton(robot).getText()));
        robot.clickOn(updateButton(robot));
    }

    private static Button updateButton(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .map(p -> (Button) p.lookupButton(ImportProgrammeDialog.IMPORT)).filter(b -> b != null).findFirst().orElse(null);
    }

    private ProgrammeView view() {
        return (ProgrammeView) w.window().tabContent(ViewTab.PROGRAMME);
    }

    @Test
    void theTabsButtonAndTheMenuBothEndAsAnImportDoes(FxRobot robot) {
        robot.interact(() -> {
            w.window().showTab(ViewTab.PROGRAMME);
            view().viewModel().tripIdProperty().set(trip.id());
        });
        Label source = robot.lookup("#programme-source-text").queryAs(Label.class);
        Button update = robot.lookup("#update-programme").queryAs(Button.class);
        assertTrue(source.getText().startsWith(url + ", fetched "), source.getText());
        assertFalse(update.isDisabled());
        assertTrue(update.getTooltip().getText().startsWith("Fetch " + url + " again"), update.getTooltip().getText());
        assertTrue(update.getTooltip().getText().contains("\nLast fetched "), update.getTooltip().getText());

        serve("\"v2\"", "<room>Borg</room>", "<room>Clarke</room>");
        robot.interact(() -> w.window().showTab(ViewTab.CALENDAR));
        robot.interact(() -> w.window().showTab(ViewTab.PROGRAMME));
        robot.clickOn(update);
        confirm(robot);
        FxWait.until("the status bar says what the update changed", () -> w.window().statusText()
                .startsWith("Updated \u201c36th Chaos Communication Congress\u201d in 36C3: "));
        assertTrue(w.window().tab(ViewTab.PROGRAMME).isSelected());
        assertEquals("\"v2\"", w.document().project().trip(trip.id()).orElseThrow().programmes().get(0).feed().etag());

        serve("\"v3\"", "<title>Late Night Lightning Talks</title>", "<title>Late Night Lightning Talks (extended)</title>");
        robot.interact(() -> {
            w.window().showTab(ViewTab.CALENDAR);
            view().viewModel().queryProperty().set("nothing matches this");
        });
        robot.interact(() -> Platform.runLater(() -> RoadshowApp.updateProgramme(w, Optional.empty(), null)));
        confirm(robot);
        FxWait.until("File › Update Programme ends the same way", () -> w.window().statusText()
                .startsWith("Updated \u201c36th Chaos Communication Congress\u201d in 36C3: "));
        assertTrue(w.window().tab(ViewTab.PROGRAMME).isSelected(), "the Programme tab opens on it");
        assertEquals(trip.id(), view().viewModel().tripIdProperty().get());
        assertEquals("", view().viewModel().queryProperty().get(), "no filter hides the programme updated");
        assertEquals("\"v3\"", w.document().project().trip(trip.id()).orElseThrow().programmes().get(0).feed().etag());
    }
}
