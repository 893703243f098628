package org.roadshow.ui.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.io.ical.SampleWithProgramme;
import org.roadshow.ui.common.Background;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Export Calendar dialog with the sample project; writing runs on the calling thread (Background.direct()). */
@ExtendWith(ApplicationExtension.class)
class ExportCalendarDialogTest {
    @TempDir
    Path dir;
    private Stage owner;
    private ExportCalendarDialog export;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            export = new ExportCalendarDialog(SampleWithProgramme.build(), Background.direct(), owner).inFolder(dir);
            export.show();
        });
    }

    private String count(FxRobot robot) {
        return robot.lookup("#count").queryAs(Label.class).getText();
    }

    @Test
    void opensOnEveryoneWithEveryTripAndKind(FxRobot robot) {
        open(robot);
        assertEquals("Everyone", whose(robot));
        assertEquals("27 events and 5 to-dos will be written", count(robot));
        assertTrue(robot.lookup(".check-box").queryAllAs(CheckBox.class).stream().noneMatch(CheckBox::isDisabled));
        assertEquals(dir.resolve("roadshow-everyone.ics").toString(), robot.lookup("#file").queryAs(TextField.class).getText());
    }

    @Test
    void aPersonsOtherTripsAndEmptyKindsAreDisabledAndSayWhy(FxRobot robot) {
        open(robot);
        robot.clickOn("#whose").clickOn("Zoë Müller");
        assertEquals("8 events and 1 to-do will be written", count(robot));
        CheckBox scale = trip(robot, SampleProjectBuilder.SCALE_TRIP);
        assertTrue(scale.isDisabled() && !scale.isSelected(), "Zoë is not on the SCALE trip");
        assertEquals("Nothing for Zoë Müller in this trip: not on it", why(scale));
        CheckBox fosdem = trip(robot, SampleProjectBuilder.FOSDEM_TRIP);
        assertTrue(!fosdem.isDisabled() && fosdem.isSelected());
        assertNull(((Label) fosdem.getParent()).getTooltip());
        robot.clickOn("#kind-starred");
        assertEquals("6 events and 1 to-do will be written", count(robot));
        robot.clickOn("#kind-todo");
        assertEquals("6 events will be written", count(robot));

        robot.clickOn("#whose").clickOn("Kirill Orlov");
        assertTrue(trip(robot, SampleProjectBuilder.FOSDEM_TRIP).isDisabled(), "Kirill is only on SCALE");
        assertTrue(trip(robot, SampleProjectBuilder.SCALE_TRIP).isSelected());
        assertEquals(dir.resolve("roadshow-kirill-orlov.ics").toString(),
                robot.lookup("#file").queryAs(TextField.class).getText(), "the file name follows the person");
        robot.clickOn("SCALE 6x and Florida Linux Show 2008");
        assertEquals("Tick at least one trip", count(robot));
        CheckBox talks = robot.lookup("#kind-talk").queryAs(CheckBox.class);
        assertTrue(talks.isDisabled());
        assertEquals("Tick a trip first", why(talks));
        assertTrue(robot.lookup("#export").queryAs(Button.class).isDisabled(), "nothing to write");
    }

    @Test
    void aBoothsRosterHasOnlyItsTripAndItsKinds(FxRobot robot) {
        open(robot);
        robot.clickOn("#whose").clickOn("Duty roster of the Xen Project booth");
        assertTrue(trip(robot, SampleProjectBuilder.SCALE_TRIP).isDisabled());
        CheckBox meetings = robot.lookup("#kind-meeting").queryAs(CheckBox.class);
        assertTrue(meetings.isDisabled());
        assertEquals("None for this booth's roster in the ticked trip", why(meetings));
        assertFalse(robot.lookup("#kind-shift").queryAs(CheckBox.class).isDisabled());
        assertTrue(robot.lookup("#remind-meeting").query().isDisabled(), "no reminder for a kind left out");
    }

    @Test
    void itOpensOnThePersonLastExportedForInThisProject(FxRobot robot) throws Exception {
        java.util.prefs.Preferences prefs = java.util.prefs.Preferences.userRoot().node("roadshow-test-" + System.nanoTime());
        org.roadshow.ui.settings.Settings settings = new org.roadshow.ui.settings.Settings(prefs);
        Path projectFile = dir.resolve("trips.roadshow");
        robot.interact(() -> {
            export = new ExportCalendarDialog(SampleWithProgramme.build(), Background.direct(), owner).inFolder(dir)
                    .remembering(settings.forProject(projectFile));
            export.show();
        });
        assertEquals("Everyone", whose(robot), "nothing remembered yet");
        robot.clickOn("#whose").clickOn("Kirill Orlov");
        robot.clickOn("#export");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> alert(robot).getScene().getWindow().hide());
        robot.interact(() -> {
            export = new ExportCalendarDialog(SampleWithProgramme.build(), Background.direct(), owner).inFolder(dir)
                    .offerSelection(Set.of(SampleProjectBuilder.id("fosdem:demo:xo")))
                    .remembering(settings.forProject(projectFile));
            export.show();
        });
        assertEquals("Kirill Orlov", whose(robot), "the last person, not the selection");
        assertEquals("person:" + SampleProjectBuilder.KIRILL, settings.forProject(projectFile)
                .get(ExportCalendarDialog.LAST_WHOSE));
        assertNull(settings.forProject(dir.resolve("other.roadshow")).get(ExportCalendarDialog.LAST_WHOSE),
                "remembered for this project file only");
        prefs.removeNode();
    }

    @Test
    void theConfirmationOpensTheFolder(FxRobot robot) {
        List<Path> opened = new java.util.ArrayList<>();
        robot.interact(() -> {
            export = new ExportCalendarDialog(SampleWithProgramme.build(), Background.direct(), owner).inFolder(dir)
                    .openingFoldersWith(opened::add);
            export.show();
        });
        robot.clickOn("#export");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#open-folder");
        assertEquals(List.of(dir.toAbsolutePath()), opened);
    }

    private static String whose(FxRobot robot) {
        return robot.lookup("#whose").queryAs(ComboBox.class).getValue().toString();
    }

    private static CheckBox trip(FxRobot robot, java.util.UUID id) {
        return robot.lookup("#trip-" + id).queryAs(CheckBox.class);
    }

    /** The tooltip that says why a box is disabled: on its holder, as a disabled box shows none of its own. */
    private static String why(CheckBox box) {
        javafx.scene.control.Tooltip tip = ((Label) box.getParent()).getTooltip();
        return tip == null ? null : tip.getText();
    }

    @Test
    void exportWritesTheFileOffTheFormAndReportsIt(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#whose").clickOn("Zoë Müller");
        robot.interact(() -> robot.lookup("#minutes-travel").queryAs(javafx.scene.control.Spinner.class)
                .getValueFactory().setValue(240));
        robot.clickOn("#remind-shift");
        robot.clickOn("#export");
        WaitForAsyncUtils.waitForFxEvents();
        Path written = dir.resolve("roadshow-zoe-muller.ics");
        String ics = Files.readString(written);
        assertEquals(8, ics.split("BEGIN:VEVENT").length - 1);
        assertEquals(1, ics.split("BEGIN:VTODO").length - 1, "her backup laptop, due the day before the trip");
        assertTrue(ics.contains("TRIGGER:-PT4H"));
        assertEquals(8 - 3, ics.split("BEGIN:VALARM").length - 1, "no reminders for her three shifts");
        DialogPane report = alert(robot);
        assertEquals("Wrote 8 events and 1 to-do to roadshow-zoe-muller.ics", report.getHeaderText());
        assertTrue(report.getContentText().contains(written.toString()));
        assertFalse(export.dialog().isShowing(), "the export dialog closes after writing");
    }

    @Test
    void aFailureIsReportedAndTheOldFileKept(FxRobot robot) throws Exception {
        Path target = dir.resolve("locked.ics");
        byte[] before = "old".getBytes(StandardCharsets.UTF_8);
        Files.write(target, before);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        open(robot);
        robot.interact(() -> robot.lookup("#file").queryAs(TextField.class).setText(target.toString()));
        robot.clickOn("#export");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane report = alert(robot);
        assertEquals("The calendar could not be written to locked.ics", report.getHeaderText());
        assertTrue(report.getContentText().contains(target.toString()), report.getContentText());
        assertTrue(report.getContentText().contains("read-only"), report.getContentText());
        assertArrayEquals(before, Files.readAllBytes(target));
        assertTrue(export.dialog().isShowing(), "the form stays open to try another file");
        assertFalse(robot.lookup("#export").queryAs(Button.class).isDisabled());
    }

    @Test
    void aSelectionFromTheMainWindowIsOfferedNotPicked(FxRobot robot) {
        open(robot);
        robot.interact(() -> export.offerSelection(Set.of(SampleProjectBuilder.id("fosdem:demo:xo"),
                SampleProjectBuilder.id("scale:leg:redeye"))));
        assertEquals("Everyone", whose(robot));
        robot.clickOn("#whose").clickOn("The 2 selected items");
        assertEquals("2 events and 1 to-do will be written", count(robot), "the backup laptop belongs to the demo");
    }

    @Test
    void looksTidy(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#whose").clickOn("Zoë Müller");
        robot.clickOn("#remind-starred");
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = export.dialog().getDialogPane().getScene().getRoot().snapshot(null, null));
        Path png = Path.of("target", "export-calendar-dialog.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", png.toFile());
        // a label too narrow for its text shows "…": every label and check box must show its whole text
        for (Labeled labeled : robot.from(export.dialog().getDialogPane())
                .lookup((java.util.function.Predicate<javafx.scene.Node>) n -> n instanceof Labeled)
                .queryAllAs(Labeled.class)) {
            Text shown = (Text) labeled.lookup(".text");
            if (shown != null && !labeled.getText().isEmpty()) {
                assertEquals(labeled.getText(), shown.getText(), "cut off");
            }
        }
        assertTrue(robot.lookup("#minutes-starred").query().isDisabled(), "reminder switched off: minutes greyed");
        assertTrue(robot.lookup(".check-box").queryAllAs(CheckBox.class).size() >= 14);
    }

    /** The Alert shown last, found among the open windows. */
    private static DialogPane alert(FxRobot robot) {
        List<Window> windows = robot.listTargetWindows();
        for (int i = windows.size() - 1; i >= 0; i--) {
            if (windows.get(i).getScene() != null && windows.get(i).getScene().getRoot() instanceof DialogPane pane
                    && pane.getHeaderText() != null && !pane.getHeaderText().startsWith("Export a calendar")) {
                return pane;
            }
        }
        throw new AssertionError("no alert is showing");
    }
}
