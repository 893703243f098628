package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadshow.io.project.SampleProjects;
import org.roadshow.ui.Background;
import org.roadshow.ui.ScriptedPrompts;
import org.roadshow.ui.Settings;
import org.roadshow.ui.TestPrefs;
import org.roadshow.ui.ViewTab;
import org.roadshow.ui.form.ProjectForm;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as the app starts it: the sample read beforehand is in the first frame's sidebar, the details
 * follow in the next frame, and the views' placeholders are made only when their tab is opened.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {
    private RoadshowApp.Wiring w;
    private int treeRowsBeforeShow;
    private boolean formBeforeFirstFrame;

    @Start
    void start(Stage stage) throws Exception {
        Preferences prefs = TestPrefs.fresh();
        w = RoadshowApp.wire(stage, new Settings(prefs), s -> new ScriptedPrompts(), Background.direct(), () -> { }, true);
        RoadshowApp.openSample(w, CompletableFuture.completedFuture(SampleProjects.loadSample()));
        treeRowsBeforeShow = w.window().tree().getExpandedItemCount();
        w.window().show(prefs);
        formBeforeFirstFrame = w.window().details().form().isPresent();
    }

    @Test
    void theSampleIsInTheSidebarBeforeTheWindowShows() {
        assertTrue(treeRowsBeforeShow > 40, "rows: " + treeRowsBeforeShow);
        assertEquals("2 trips · 39 items", w.window().countsText());
        assertTrue(w.document().file().isEmpty());
        assertFalse(w.document().isDirty());
    }

    @Test
    void theDetailsFollowTheFirstFrame() throws Exception {
        assertFalse(formBeforeFirstFrame);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> w.window().details().form().isPresent());
        assertTrue(w.window().details().form().orElseThrow() instanceof ProjectForm);
    }

    @Test
    void aViewPlaceholderIsMadeWhenItsTabIsOpened(FxRobot robot) {
        assertNull(w.window().tab(ViewTab.CALENDAR).getContent());
        robot.interact(() -> w.window().showTab(ViewTab.CALENDAR));
        Node content = w.window().tab(ViewTab.CALENDAR).getContent();
        assertTrue(content.lookupAll(".label").stream()
                .anyMatch(l -> ViewTab.CALENDAR.placeholder().equals(((Labeled) l).getText())));
    }
}
