package org.roadshow.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.Item;
import org.roadshow.model.ItemKind;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.theme.Theme;
import org.roadshow.ui.window.ViewTab;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pictures of every screen in target/shots/ for a person to look at (and the README's screenshot); it only
 * checks that each picture was written. Off by default.
 * Run with {@code ROADSHOW_SHOTS=1 mvn -o -q test -Dtest=ScreenshotsTest}.
 */
@EnabledIfEnvironmentVariable(named = "ROADSHOW_SHOTS", matches = "1")
@ExtendWith(ApplicationExtension.class)
class ScreenshotsTest {
    @TempDir
    Path dir;
    private ShotWindow window;
    private RoadshowApp.Wiring w;

    @Start
    void start(Stage stage) throws Exception {
        window = ShotWindow.show(stage).openSample(dir);
        w = window.wiring();
    }

    private void select(FxRobot robot, NodeKey key) {
        robot.interact(() -> w.selection().reveal(key));
    }

    /** The README picture: the sample with a talk selected, in a fresh window. */
    @Test
    void readme(FxRobot robot) throws Exception {
        select(robot, NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TALK,
                SampleProjectBuilder.id("fosdem:talk:license")));
        window.shot(robot, "readme");
        robot.interact(() -> {
            org.roadshow.ui.form.TalkForm form = (org.roadshow.ui.form.TalkForm) w.window().details().form().orElseThrow();
            form.endField().timeField().setText("09:00");
            form.titleField().setText("");
        });
        window.shot(robot, "invalid");
    }

    @Test
    void everyScreen(FxRobot robot) throws Exception {
        window.shot(robot, "project");
        select(robot, NodeKey.PEOPLE);
        window.shot(robot, "people");
        select(robot, NodeKey.person(SampleProjectBuilder.ZOE));
        window.shot(robot, "person");
        select(robot, NodeKey.trip(SampleProjectBuilder.FOSDEM_TRIP));
        window.shot(robot, "trip");
        select(robot, NodeKey.group(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.SHIFT));
        window.shot(robot, "group");
        for (Item item : w.document().project().trips().stream().flatMap(t -> t.items().stream()).toList()) {
            Path out = Path.of("target/shots/" + item.kind().name().toLowerCase() + ".png");
            if (!Files.exists(out)) {
                NodeKey key = NodeKey.item(w.document().project().tripOf(item.id()).orElseThrow().id(), item.kind(),
                        item.id());
                select(robot, key);
                window.shot(robot, item.kind().name().toLowerCase());
            }
        }
        robot.interact(() -> w.window().showTab(ViewTab.CALENDAR));
        window.shot(robot, "placeholder");
        robot.interact(() -> w.window().showTab(ViewTab.PROGRAMME));
        window.shot(robot, "schedule");
        select(robot, NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TALK,
                SampleProjectBuilder.id("fosdem:talk:license")));
        robot.interact(() -> w.window().applyTheme(Theme.DARK));
        window.shot(robot, "dark-talk");
        robot.interact(() -> w.window().applyTheme(Theme.LIGHT));
        window.shot(robot, "talk-selected");
        robot.interact(w.files()::newProject);
        window.shot(robot, "empty");
        robot.interact(() -> w.window().applyTheme(Theme.DARK));
        window.shot(robot, "empty-dark");
        robot.interact(() -> w.window().applyTheme(Theme.LIGHT));
    }

    /** A checklist item due the evening before the demo it belongs to: the form says which day that is. */
    @Test
    void checklistItemDueBeforeAnItem(FxRobot robot) throws Exception {
        java.util.UUID backup = SampleProjectBuilder.id("fosdem:check:backup");
        org.roadshow.model.ChecklistItem item = (org.roadshow.model.ChecklistItem) w.document().project().item(backup)
                .orElseThrow();
        robot.interact(() -> w.document().apply(org.roadshow.edit.Edits.putItem(SampleProjectBuilder.FOSDEM_TRIP,
                item.withDue(new org.roadshow.model.Due.BeforeItem(SampleProjectBuilder.id("fosdem:demo:xo"), 1,
                        java.time.LocalTime.of(20, 0))))));
        select(robot, NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.CHECKLIST, backup));
        window.shot(robot, "checklist-due-before-item");
        robot.interact(() -> w.window().applyTheme(Theme.DARK));
        window.shot(robot, "checklist-due-before-item-dark");
        robot.interact(() -> w.window().applyTheme(Theme.LIGHT));
    }

    /** A file from a newer Roadshow: the banner, and forms that cannot be changed; then the booth form in dark. */
    @Test
    void readOnlyAndDark(FxRobot robot) throws Exception {
        Path newer = dir.resolve("newer.roadshow");
        Files.writeString(newer, Files.readString(MainWindowFlowTest.SAMPLE)
                .replace("\"formatVersion\": 1", "\"formatVersion\": 3"));
        robot.interact(() -> w.files().openFile(newer));
        select(robot, NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.BOOTH, SampleProjectBuilder.id("fosdem:booth")));
        window.shot(robot, "read-only");
        robot.interact(() -> w.window().applyTheme(Theme.DARK));
        window.shot(robot, "read-only-dark");
        robot.interact(() -> w.files().openFile(dir.resolve("trips.roadshow")));
        select(robot, NodeKey.trip(SampleProjectBuilder.FOSDEM_TRIP));
        window.shot(robot, "trip-dark");
        select(robot, NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.BOOTH, SampleProjectBuilder.id("fosdem:booth")));
        robot.interact(() -> {
            org.roadshow.ui.form.BoothForm form = (org.roadshow.ui.form.BoothForm) w.window().details().form().orElseThrow();
            form.hoursEditor().addDay();
            form.hoursEditor().rows().get(form.hoursEditor().rows().size() - 1).close().setText("08:00");
        });
        window.shot(robot, "booth-invalid-dark");
        robot.interact(() -> w.window().showTab(ViewTab.ROSTER));
        window.shot(robot, "placeholder-dark");
    }
}
