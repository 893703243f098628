package org.roadshow.ui.window;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.app.RoadshowApp;
import org.roadshow.app.ShotWindow;
import org.roadshow.model.ItemKind;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pictures of the window's own screens in target/shots/, light and dark: the trip page, the sidebar's menu, the
 * shortcuts table, About and the user guide. Off by default; run with
 * {@code ROADSHOW_SHOTS=1 mvn -o -q test -Dtest=WindowScreenshotsTest}.
 */
@EnabledIfEnvironmentVariable(named = "ROADSHOW_SHOTS", matches = "1")
@ExtendWith(ApplicationExtension.class)
class WindowScreenshotsTest {
    private ShotWindow window;
    private RoadshowApp.Wiring w;

    @Start
    void start(Stage stage) {
        window = ShotWindow.show(stage);
        w = window.wiring();
        w.files().openTemplate(SampleProjectBuilder.build(), "Opened the sample project.");
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(x -> x != w.window().stage()).toList()
                .forEach(Window::hide));
    }

    private static String suffix(Theme theme) {
        return theme == Theme.DARK ? "-dark" : "-light";
    }

    private static Scene dialogScene(String styleClass) {
        FxWait.until(styleClass + " is shown", () -> Window.getWindows().stream().filter(Window::isShowing)
                .anyMatch(x -> x.getScene().getRoot().getStyleClass().contains(styleClass)));
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s.getRoot() instanceof DialogPane && s.getRoot().getStyleClass().contains(styleClass))
                .findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void tripPageAndSidebarMenu(Theme theme, FxRobot robot) throws Exception {
        robot.interact(() -> w.window().applyTheme(theme));
        robot.interact(() -> w.selection().reveal(NodeKey.trip(SampleProjectBuilder.FOSDEM_TRIP)));
        FxWait.until("the trip page is shown", () -> w.window().details().form().isPresent());
        window.shot(robot, "window-trip-page" + suffix(theme));

        NodeKey talk = NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TALK,
                SampleProjectBuilder.id("fosdem:talk:license"));
        robot.interact(() -> w.selection().reveal(talk));
        ContextMenu[] menu = new ContextMenu[1];
        robot.interact(() -> {
            menu[0] = w.window().tree().menuForSelection();
            menu[0].getStyleClass().add("shot-menu");
            menu[0].show(w.window().tree(), w.window().stage().getX() + 120, w.window().stage().getY() + 420);
        });
        FxWait.until("the menu is shown", () -> menu[0].isShowing() && menu[0].getScene().getRoot().getLayoutBounds().getWidth() > 0);
        ShotWindow.shot(robot, menu[0].getScene(), "window-sidebar-menu" + suffix(theme));
        robot.interact(menu[0]::hide);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void helpDialogs(Theme theme, FxRobot robot) throws Exception {
        robot.interact(() -> w.window().applyTheme(theme));
        robot.interact(() -> ShortcutsDialog.show(w.window().stage(), w.actions().menuBar()));
        ShotWindow.shot(robot, dialogScene("shortcuts-dialog"), "help-shortcuts" + suffix(theme));
        robot.interact(() -> AboutDialog.show(w.window().stage(), Path.of("/home/zoe/.local/state/roadshow")));
        ShotWindow.shot(robot, dialogScene("about-dialog"), "help-about" + suffix(theme));
        robot.interact(() -> UserGuide.show(w.window().stage()));
        ShotWindow.shot(robot, dialogScene("user-guide-dialog"), "help-user-guide" + suffix(theme));
    }

    @Test
    void disabledApplyInTheDarkTheme(FxRobot robot) throws Exception {
        robot.interact(() -> w.window().applyTheme(Theme.DARK));
        robot.interact(() -> w.selection().reveal(NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TALK,
                SampleProjectBuilder.id("fosdem:talk:license"))));
        FxWait.until("the talk form is shown", () -> w.window().details().form().isPresent());
        window.shot(robot, "window-talk-dark");
    }
}
