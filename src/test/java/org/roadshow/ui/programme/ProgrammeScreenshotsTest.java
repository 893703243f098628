package org.roadshow.ui.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.app.RoadshowApp;
import org.roadshow.app.ShotWindow;
import org.roadshow.edit.BlankItems;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.model.Conference;
import org.roadshow.model.Meeting;
import org.roadshow.model.Moment;
import org.roadshow.model.Project;
import org.roadshow.model.Session;
import org.roadshow.model.Trip;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.export.ExportCalendarDialog;
import org.roadshow.ui.theme.Theme;
import org.roadshow.ui.window.ViewTab;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pictures of the Programme tab with FOSDEM 2021 imported through the real dialog (stars, clash marks), the
 * Import Programme dialog on first import and on re-import, and the Export Calendar dialog, light and
 * dark, in target/shots/. Off by default: {@code ROADSHOW_SHOTS=1 mvn -o -q test -Dtest=ProgrammeScreenshotsTest}.
 */
@EnabledIfEnvironmentVariable(named = "ROADSHOW_SHOTS", matches = "1")
@ExtendWith(ApplicationExtension.class)
class ProgrammeScreenshotsTest {
    static final UUID TRIP = UUID.fromString("5b0c1c36-2021-4f05-9a1e-000000000021");
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final List<String> STARS = List.of("Welcome to FOSDEM 2021", "Empowering the school of the future",
            "The seL4 Report", "Microwatt grows up", "KernelCI has passed the test. Over to you!");

    @TempDir
    Path dir;
    private ShotWindow window;
    private RoadshowApp.Wiring w;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = ShotWindow.show(stage).open(dir, withFosdem2021Trip(SampleProjectBuilder.build()));
        w = window.wiring();
    }

    /** An online FOSDEM for Lena and Zoë, with a team call on Saturday morning that clashes with some talks. */
    static Project withFosdem2021Trip(Project sample) {
        Conference conference = BlankItems.conference(UUID.fromString("5b0c1c36-2021-4f05-9a1e-0000000000c0"),
                BRUSSELS, LocalDate.of(2021, 2, 6), LocalDate.of(2021, 2, 7)).withName("FOSDEM 2021")
                .withCity("Online");
        Meeting call = BlankItems.meeting(UUID.fromString("5b0c1c36-2021-4f05-9a1e-0000000000a1"),
                new Moment(LocalDateTime.of(2021, 2, 6, 10, 20), BRUSSELS),
                new Moment(LocalDateTime.of(2021, 2, 6, 10, 40), BRUSSELS))
                .withTitle("Team call before the stand opens").withWhere("Jitsi")
                .withPeople(List.of(SampleProjectBuilder.LENA, SampleProjectBuilder.ZOE));
        Trip trip = new Trip(TRIP, "FOSDEM 2021", List.of(SampleProjectBuilder.LENA, SampleProjectBuilder.ZOE),
                List.of(conference, call), List.of());
        return sample.withTrip(trip);
    }

    private ImportProgrammeDialog importDialog(FxRobot robot, Path chosen) {
        ImportProgrammeDialog[] dialog = new ImportProgrammeDialog[1];
        robot.interact(() -> {
            dialog[0] = new ImportProgrammeDialog(w.document(), Background.direct(), owner -> Optional.of(chosen), TRIP);
            dialog[0].initOwner(stage);
            dialog[0].show();
        });
        robot.clickOn("#import-browse");
        return dialog[0];
    }

    private void theme(FxRobot robot, Theme theme) {
        robot.interact(() -> w.window().applyTheme(theme));
    }

    @Test
    void scheduleImportAndExport(FxRobot robot) throws Exception {
        Path xml = dir.resolve("fosdem_2021.xml");
        Files.write(xml, ProgrammeFixtures.resource("fosdem_2021.xml"));
        for (Theme theme : Theme.values()) {
            theme(robot, theme);
            ImportProgrammeDialog first = importDialog(robot, xml);
            ShotWindow.shot(robot, first.getDialogPane().getScene(), "import-first-" + theme.name().toLowerCase());
            if (theme == Theme.DARK) {
                robot.clickOn(first.getDialogPane().lookupButton(ImportProgrammeDialog.IMPORT));
            } else {
                robot.interact(first::close);
            }
        }
        theme(robot, Theme.LIGHT);
        Trip trip = w.document().project().trip(TRIP).orElseThrow();
        assertEquals(773, trip.programmes().get(0).sessions().size());

        robot.interact(() -> {
            for (NodeKey key : List.of(NodeKey.trip(SampleProjectBuilder.FOSDEM_TRIP), NodeKey.trip(SampleProjectBuilder.SCALE_TRIP),
                    NodeKey.PEOPLE)) {
                w.window().tree().itemFor(key).setExpanded(false);
            }
            w.selection().set(NodeKey.trip(TRIP));
            w.window().showTab(ViewTab.PROGRAMME);
        });
        ProgrammeView view = (ProgrammeView) w.window().tabContent(ViewTab.PROGRAMME);
        robot.interact(() -> {
            view.viewModel().personIdProperty().set(SampleProjectBuilder.LENA);
            List<Session> all = view.viewModel().programme().orElseThrow().sessions();
            for (Session s : all) {
                if (STARS.contains(s.title())) {
                    view.viewModel().toggleStar(s);
                }
            }
            // a talk at the same time as a starred one, starred too: marked ⇄ in both rows
            Session report = all.stream().filter(s -> s.title().equals("The seL4 Report")).findFirst().orElseThrow();
            all.stream().filter(s -> !STARS.contains(s.title()) && s.end().time().isBefore(s.start().time().plusMinutes(61))
                    && s.start().instant().isBefore(report.end().instant())
                    && report.start().instant().isBefore(s.end().instant())).findFirst()
                    .ifPresent(s -> view.viewModel().toggleStar(s));
            SessionRow sel4 = view.table().getItems().stream().filter(r -> r.session().title().equals("The seL4 Report"))
                    .findFirst().orElseThrow();
            view.table().getSelectionModel().select(sel4);
            view.table().scrollTo(Math.max(0, view.table().getItems().indexOf(sel4) - 9));
        });
        assertEquals(STARS.size() + 1, view.viewModel().programme().orElseThrow().sessions().stream()
                .filter(s -> s.starredBy(SampleProjectBuilder.LENA)).count());
        window.shot(robot, "schedule-fosdem-2021");
        theme(robot, Theme.DARK);
        window.shot(robot, "schedule-fosdem-2021-dark");

        // searching, with the tracks overview open: the words marked in the table and the details
        robot.clickOn("#show-tracks");
        robot.interact(() -> {
            view.viewModel().queryProperty().set("rust");
            view.table().getSelectionModel().select(0);
        });
        for (Theme theme : Theme.values()) {
            theme(robot, theme);
            window.shot(robot, "schedule-search-" + theme.name().toLowerCase());
        }
        robot.interact(() -> {
            view.viewModel().clearFilters();
            Session sel4 = view.viewModel().programme().orElseThrow().sessions().stream()
                    .filter(s -> s.title().equals("The seL4 Report")).findFirst().orElseThrow();
            SessionRow row = view.table().getItems().stream().filter(r -> r.session() == sel4).findFirst().orElseThrow();
            view.table().getSelectionModel().select(row);
            view.table().scrollTo(Math.max(0, view.table().getItems().indexOf(row) - 4));
        });
        window.shot(robot, "schedule-tracks-dark");
        robot.clickOn("#show-tracks");

        // Re-import a later version of the file: a starred talk moved, another one was dropped.
        String text = Files.readString(xml, StandardCharsets.UTF_8);
        String moved = text.replaceFirst("<start>10:00</start>(\\s*<duration>00:30</duration>\\s*<room>M.community</room>)",
                "<start>14:00</start>$1");
        Path later = dir.resolve("fosdem_2021-later.xml");
        Files.writeString(later, moved.replace("<title>Microwatt grows up</title>", "<title>Microwatt grows up (updated)</title>"));
        for (Theme theme : List.of(Theme.DARK, Theme.LIGHT)) {
            theme(robot, theme);
            ImportProgrammeDialog again = importDialog(robot, later);
            String report = robot.lookup("#import-preview").queryAs(TextArea.class).getText();
            assertTrue(report.contains("starred"), report);
            ShotWindow.shot(robot, again.getDialogPane().getScene(), "import-again-" + theme.name().toLowerCase());
            robot.interact(again::close);
        }

        for (Theme theme : Theme.values()) {
            theme(robot, theme);
            ExportCalendarDialog[] export = new ExportCalendarDialog[1];
            robot.interact(() -> {
                export[0] = new ExportCalendarDialog(w.document().project(), Background.direct(), stage).inFolder(dir);
                export[0].show();
            });
            ShotWindow.shot(robot, export[0].dialog().getDialogPane().getScene(), "export-" + theme.name().toLowerCase());
            robot.interact(export[0].dialog()::close);
        }
    }
}
