package org.roadshow.ui.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.app.RoadshowApp;
import org.roadshow.edit.Edits;
import org.roadshow.io.programme.ProgrammeImport;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.model.Programme;
import org.roadshow.plan.ProgrammeUpdate;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.common.ScriptedPrompts;
import org.roadshow.ui.settings.Settings;
import org.roadshow.ui.settings.TestPrefs;
import org.roadshow.ui.window.ViewTab;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Programme tab keeps its trip, programme, "Starring as" and filters across tab switches, opening another
 * file, reopening this one and a new run of the app (remembered per project file in the settings); an import
 * opens the tab on what came in and says so in the status bar.
 */
@ExtendWith(ApplicationExtension.class)
class ProgrammeTabStateTest {
    private static final UUID TRIP = ProgrammeScreenshotsTest.TRIP;
    @TempDir
    Path dir;
    private Preferences prefs;
    private Path withProgramme;
    private Path other;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        prefs = TestPrefs.fresh();
        withProgramme = dir.resolve("fosdem.roadshow");
        other = dir.resolve("other.roadshow");
        var project = ProgrammeScreenshotsTest.withFosdem2021Trip(ProgrammeFixtures.withFosdem2021());
        Programme fosdem2021 = ProgrammeImport.parse(ProgrammeFixtures.resource("fosdem_2021.xml"), "fosdem_2021.xml")
                .toResult(ZoneId.of("Europe/Brussels")).toProgramme(Instant.parse("2021-02-01T12:00:00Z"));
        project = Edits.putProgramme(TRIP, ProgrammeUpdate.prepare(project, TRIP, fosdem2021).after(), "Import").apply(project);
        ProjectFile.save(project, withProgramme);
        ProjectFile.save(SampleProjectBuilder.build(), other);
    }

    private RoadshowApp.Wiring open(FxRobot robot, Stage on, Path file) {
        RoadshowApp.Wiring[] w = new RoadshowApp.Wiring[1];
        robot.interact(() -> {
            w[0] = RoadshowApp.wire(on, new Settings(prefs), s -> new ScriptedPrompts(), Background.direct(), () -> { });
            w[0].window().show(prefs);
            w[0].files().openFile(file);
            w[0].window().showTab(ViewTab.PROGRAMME);
        });
        return w[0];
    }

    private static ProgrammeView view(RoadshowApp.Wiring w) {
        return (ProgrammeView) w.window().tabContent(ViewTab.PROGRAMME);
    }

    /** What a picker shows in its button, as a person reads it. */
    private static String shown(FxRobot robot, ProgrammeView view, String id) {
        ComboBox<?> box = robot.from(view).lookup("#" + id).queryAs(ComboBox.class);
        ListCell<?> cell = box.getButtonCell();
        return cell == null || cell.getText() == null ? "" : cell.getText();
    }

    @Test
    void stateIsKeptAcrossTabsFilesAndRunsAndClearRestoresDefaults(FxRobot robot) {
        RoadshowApp.Wiring w = open(robot, stage, withProgramme);
        ProgrammeView view = view(w);
        ProgrammeViewModel vm = view.viewModel();
        LocalDate sunday = LocalDate.of(2021, 2, 7);
        robot.interact(() -> {
            vm.tripIdProperty().set(TRIP);
            vm.personIdProperty().set(SampleProjectBuilder.ZOE);
            vm.dayProperty().set(sunday);
            vm.trackProperty().set("Kotlin");
            vm.queryProperty().set("coroutines");
        });
        int shownBefore = vm.visible().size();
        assertTrue(shownBefore > 0 && shownBefore < 20, "a few Kotlin talks on Sunday: " + shownBefore);

        robot.interact(() -> w.window().showTab(ViewTab.CALENDAR));
        robot.interact(() -> w.window().showTab(ViewTab.PROGRAMME));
        assertState(robot, view, sunday, shownBefore);

        robot.interact(() -> w.files().openFile(other));
        FxWait.until("the other project is shown", () -> !vm.trips().contains(TRIP));
        assertNull(vm.trackProperty().get(), "no Kotlin track in the other project");
        robot.interact(() -> w.files().openFile(withProgramme));
        FxWait.until("the project is shown again", () -> vm.trips().contains(TRIP));
        assertState(robot, view, sunday, shownBefore);

        // a new run of the app on the same settings
        Stage[] second = new Stage[1];
        robot.interact(() -> {
            stage.hide();
            second[0] = new Stage();
        });
        RoadshowApp.Wiring again = open(robot, second[0], withProgramme);
        ProgrammeView reopened = view(again);
        assertState(robot, reopened, sunday, shownBefore);

        robot.clickOn(robot.from(reopened).lookup("#programme-clear").queryButton());
        ProgrammeViewModel fresh = reopened.viewModel();
        FxWait.until("every session shows", () -> fresh.visible().size() == fresh.rows().size());
        assertEquals("", fresh.queryProperty().get());
        assertNull(fresh.dayProperty().get());
        assertNull(fresh.trackProperty().get());
        assertEquals("All days", shown(robot, reopened, "day-filter"));
        assertEquals("All tracks", shown(robot, reopened, "track-filter"));
        assertEquals(TRIP, fresh.tripIdProperty().get(), "Clear keeps the trip");
        assertEquals(SampleProjectBuilder.ZOE, fresh.personIdProperty().get(), "and who is starring");
        robot.interact(() -> second[0].hide());
    }

    private static void assertState(FxRobot robot, ProgrammeView view, LocalDate day, int shown) {
        ProgrammeViewModel vm = view.viewModel();
        FxWait.until("the tab shows the FOSDEM 2021 trip", () -> TRIP.equals(vm.tripIdProperty().get()));
        assertEquals(SampleProjectBuilder.ZOE, vm.personIdProperty().get());
        assertEquals(day, vm.dayProperty().get());
        assertEquals("Kotlin", vm.trackProperty().get());
        assertEquals("coroutines", vm.queryProperty().get());
        assertEquals(shown, vm.visible().size());
        assertEquals("FOSDEM 2021", shown(robot, view, "trip-picker"), "the trip picker is never blank");
        assertTrue(shown(robot, view, "person-picker").startsWith("Zo"), shown(robot, view, "person-picker"));
        assertEquals("Kotlin", shown(robot, view, "track-filter"));
        assertEquals("Sun 7 Feb", shown(robot, view, "day-filter"));
    }

    @Test
    void anImportOpensTheTabOnWhatCameInAndSaysSo(FxRobot robot) throws Exception {
        RoadshowApp.Wiring w = open(robot, stage, withProgramme);
        robot.interact(() -> w.window().showTab(ViewTab.CALENDAR));
        Programme congress = ProgrammeImport.parse(ProgrammeFixtures.resource("frab_36c3.json"), "frab_36c3.json")
                .toResult(ZoneId.of("Europe/Berlin")).toProgramme(Instant.parse("2019-12-20T10:00:00Z"));
        robot.interact(() -> {
            ProgrammeUpdate update = ProgrammeUpdate.prepare(w.document().project(), TRIP, congress);
            w.document().apply(Edits.putProgramme(TRIP, update.after(), update.label()));
            RoadshowApp.programmeImported(w, update);
        });
        int sessions = congress.sessions().size();
        assertEquals("Imported \u201c36th Chaos Communication Congress\u201d into FOSDEM 2021: " + sessions + " sessions.",
                w.window().statusText());
        assertTrue(w.window().tab(ViewTab.PROGRAMME).isSelected());
        ProgrammeView view = view(w);
        ProgrammeViewModel vm = view.viewModel();
        assertEquals(TRIP, vm.tripIdProperty().get());
        assertEquals("36th Chaos Communication Congress", shown(robot, view, "programme-picker"));
        assertEquals(sessions, vm.visible().size());
        assertFalse(vm.isShowingAll());

        robot.interact(() -> vm.programmeIdProperty().set(ProgrammeViewModel.ALL_PROGRAMMES));
        assertEquals(773 + sessions, vm.visible().size(), "both programmes together");
        assertEquals("All programmes", shown(robot, view, "programme-picker"));
        assertTrue(robot.from(view).lookup(".column-header").queryAll().stream()
                .anyMatch(h -> h.isVisible() && h.lookup(".label") instanceof javafx.scene.control.Label l
                        && "Programme".equals(l.getText())), "a column says which programme");
        robot.interact(() -> w.document().undo());
        assertEquals(773, vm.visible().size(), "undoing the import leaves FOSDEM 2021");
        assertEquals("FOSDEM 2021", shown(robot, view, "programme-picker"));
    }
}
