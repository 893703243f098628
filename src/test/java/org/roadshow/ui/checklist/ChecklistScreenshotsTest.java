package org.roadshow.ui.checklist;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.app.RoadshowApp;
import org.roadshow.app.ShotWindow;
import org.roadshow.edit.ChecklistEdits;
import org.roadshow.model.ItemKind;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.theme.Theme;
import org.roadshow.ui.window.ViewTab;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pictures of the Checklist tab with the sample project, light and dark, in target/shots/: the SCALE trip a
 * few days before it starts (two items late, one due this week, the trip's list all done, a late item with
 * its assignee selected), the same with the list focused and two rows selected, the FOSDEM trip filtered to
 * one person and to open items, and the tab with no trip. Off by default:
 * {@code ROADSHOW_SHOTS=1 mvn -o -q test -Dtest=ChecklistScreenshotsTest}.
 */
@EnabledIfEnvironmentVariable(named = "ROADSHOW_SHOTS", matches = "1")
@ExtendWith(ApplicationExtension.class)
class ChecklistScreenshotsTest {
    @TempDir
    Path dir;
    private ShotWindow window;
    private RoadshowApp.Wiring w;
    private ChecklistView view;

    @Start
    void start(Stage stage) throws Exception {
        Clock clock = Clock.fixed(LocalDate.of(2008, 2, 4).atTime(9, 0).atZone(ZoneId.of("America/Los_Angeles"))
                .toInstant(), ZoneId.of("America/Los_Angeles"));
        window = ShotWindow.show(stage, app -> app.window().setTabContent(ViewTab.CHECKLIST,
                () -> view = new ChecklistView(app.document(), app.selection(), clock))).openSample(dir);
        w = window.wiring();
    }

    private void bothThemes(FxRobot robot, String name) throws Exception {
        for (Theme theme : Theme.values()) {
            robot.interact(() -> w.window().applyTheme(theme));
            window.shot(robot, name + "-" + theme.name().toLowerCase());
        }
        robot.interact(() -> w.window().applyTheme(Theme.LIGHT));
    }

    @Test
    void checklistTab(FxRobot robot) throws Exception {
        robot.interact(() -> {
            w.window().tree().itemFor(NodeKey.trip(SampleProjectBuilder.FOSDEM_TRIP)).setExpanded(false);
            w.window().tree().itemFor(NodeKey.PEOPLE).setExpanded(false);
            w.selection().set(NodeKey.item(SampleProjectBuilder.SCALE_TRIP, ItemKind.CHECKLIST,
                    SampleProjectBuilder.id("scale:check:cds")));
            w.window().showTab(ViewTab.CHECKLIST);
        });
        bothThemes(robot, "checklist");
        robot.interact(() -> {
            view.list().getSelectionModel().selectIndices(1, 5);
            view.list().requestFocus();
        });
        FxWait.until("the list has the keyboard", () -> view.list().isFocused());
        bothThemes(robot, "checklist-focused");
        robot.interact(() -> {
            view.viewModel().tripIdProperty().set(SampleProjectBuilder.FOSDEM_TRIP);
            view.viewModel().personProperty().set(SampleProjectBuilder.ZOE);
        });
        window.shot(robot, "checklist-mine");
        robot.interact(() -> view.viewModel().openProperty().set(true));
        bothThemes(robot, "checklist-mine-open");
        robot.interact(w.files()::newProject);
        bothThemes(robot, "checklist-empty");
    }

    /** The template editor, opened with the tab's Templates… button, on one of the shipped templates and a team's. */
    @Test
    void templateEditor(FxRobot robot) throws Exception {
        robot.interact(() -> {
            w.document().apply(ChecklistEdits.saveAsTemplate(SampleProjectBuilder.SCALE_TRIP,
                    SampleProjectBuilder.id("scale:booth"), "SCALE booth"));
            w.window().showTab(ViewTab.CHECKLIST);
        });
        robot.clickOn("#checklist-templates");
        FxWait.until("the template editor shows", () -> robot.lookup("#templates").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#templates").queryAs(ListView.class);
        Scene dialog = list.getScene();
        robot.interact(() -> list.getSelectionModel().select(list.getItems().size() - 1));
        ShotWindow.shot(robot, dialog, "checklist-templates-light");
        robot.interact(() -> list.getSelectionModel().select(0));
        ShotWindow.shot(robot, dialog, "checklist-templates-shipped-light");
    }
}
