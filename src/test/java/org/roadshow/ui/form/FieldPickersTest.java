package org.roadshow.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.DateCell;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.Conference;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Talk;
import org.roadshow.model.Trip;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The zone field, the people pickers, the date pickers and a read-only form, as a user meets them. */
@ExtendWith(ApplicationExtension.class)
class FieldPickersTest {
    private final Project sample = SampleProjectBuilder.build();
    private final Conference fosdem = (Conference) sample.item(SampleProjectBuilder.id("fosdem:conference")).orElseThrow();
    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(root, 900, 700);
        scene.getStylesheets().setAll(Theme.LIGHT.stylesheets());
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    private ConferenceForm conferenceForm(FxRobot robot, boolean readOnly) {
        ConferenceForm[] form = new ConferenceForm[1];
        robot.interact(() -> {
            form[0] = new ConferenceForm(new Document(sample, null, readOnly));
            form[0].load(fosdem, sample);
            root.getChildren().setAll(form[0]);
        });
        return form[0];
    }

    private static ZonePicker zone(ConferenceForm form) {
        return (ZonePicker) form.lookup(".zone-picker");
    }

    @Test
    void anUnknownZoneKeepsTheOldOneAndSaysSo(FxRobot robot) {
        ConferenceForm form = conferenceForm(robot, false);
        ZonePicker zone = zone(form);
        FxWait.replaceText(robot, zone, "Mars/Olympus");
        robot.push(KeyCode.TAB);
        FxWait.until("the field is checked", () -> !form.validProperty().get());
        assertEquals(ZoneId.of("Europe/Brussels"), zone.getValue(), "the old zone stays");
        assertEquals("Time zone: unknown time zone “Mars/Olympus”", form.problemsText());
        assertEquals("Mars/Olympus", zone.getText(), "what was typed stays to be fixed");
        assertTrue(zone.getStyleClass().contains("invalid"));
    }

    @Test
    void typingGmtPlusOneListsUtcPlusOneZonesAndEnterPicksTheFixedOne(FxRobot robot) {
        ConferenceForm form = conferenceForm(robot, false);
        ZonePicker zone = zone(form);
        FxWait.replaceText(robot, zone, "GMT+1");
        FxWait.until("the list is open", zone::isShowing);
        List<ZoneId> listed = List.copyOf(zone.listView().getItems());
        assertEquals(ZoneId.of("Etc/GMT-1"), listed.get(0));
        assertFalse(listed.contains(ZoneId.of("Etc/GMT+1")), "UTC-1 is not offered for GMT+1");
        FxWait.until("rows show offsets", () -> robot.lookup(".zone-offsets").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.Label) n).getText().equals("UTC+1, +2 in summer")));
        robot.push(KeyCode.ENTER);
        FxWait.until("picked", () -> ZoneId.of("Etc/GMT-1").equals(zone.getValue()));
        assertEquals("UTC+1", zone.getText());
    }

    @Test
    void openingTheListShowsTheCurrentZone(FxRobot robot) {
        ConferenceForm form = conferenceForm(robot, false);
        ZonePicker zone = zone(form);
        robot.clickOn(zone);
        robot.push(KeyCode.DOWN);
        FxWait.until("the list is open", zone::isShowing);
        assertEquals(ZoneId.of("Europe/Brussels"), zone.listView().getSelectionModel().getSelectedItem());
        FxWait.until("Brussels is in view", () -> robot.lookup(".zone-list .list-cell").queryAllAs(ListCell.class)
                .stream().anyMatch(c -> ZoneId.of("Europe/Brussels").equals(c.getItem()) && c.isVisible()
                        && c.getParent() != null));
        assertFalse(robot.lookup(".zone-list .list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(c -> ZoneId.of("Africa/Abidjan").equals(c.getItem())), "not at the top of the list");
        robot.push(KeyCode.ESCAPE);
        FxWait.until("closed", () -> !zone.isShowing());
    }

    @Test
    void theConferencesDaysStandOutInTheDatePicker(FxRobot robot) {
        ConferenceForm form = conferenceForm(robot, false);
        javafx.scene.control.DatePicker picker = (javafx.scene.control.DatePicker) form.lookup(".date-picker");
        robot.interact(picker::show);
        FxWait.until("the month shows", () -> !robot.lookup(".date-cell").queryAll().isEmpty());
        List<LocalDate> marked = robot.lookup(".conference-day").queryAllAs(DateCell.class).stream()
                .filter(c -> c.isVisible() && !c.isEmpty()).map(DateCell::getItem).sorted().toList();
        assertEquals(List.of(LocalDate.of(2017, 2, 4), LocalDate.of(2017, 2, 5)), marked);
        robot.interact(picker::hide);
    }

    @Test
    void speakerPickerListsTheTripsPeopleFirst(FxRobot robot) {
        Trip scale = sample.trip(SampleProjectBuilder.SCALE_TRIP).orElseThrow();
        Talk talk = scale.items(Talk.class).get(0);
        TalkForm[] form = new TalkForm[1];
        robot.interact(() -> {
            form[0] = new TalkForm(new Document(sample, null, false));
            form[0].load(talk, sample);
        });
        List<UUID> listed = ((PeoplePicker) form[0].lookup(".people-picker")).getItems().stream().map(Person::id).toList();
        assertEquals(java.util.Set.copyOf(scale.people()), java.util.Set.copyOf(listed.subList(0, scale.people().size())),
                "the trip's people first");
        assertTrue(scale.people().size() < sample.people().size(), "someone is not on the trip");
        assertEquals(sample.people().size(), listed.size(), "then everyone else");
    }

    @Test
    void aReadOnlyFormsFieldsAreGreyAndCannotBeTypedIn(FxRobot robot) {
        Paint editable = ground(robot, conferenceForm(robot, false));
        ConferenceForm form = conferenceForm(robot, true);
        assertTrue(form.lookup(".text-field").isDisabled());
        assertEquals(Color.web("#eceef1"), ground(robot, form), "the read-only grey of light.css");
        assertNotEquals(Color.web("#eceef1"), editable);
        assertFalse(form.applyButton().getParent().isVisible(), "no Apply and Revert");
    }

    /** What the name field's text sits on. */
    private static Paint ground(FxRobot robot, ConferenceForm form) {
        robot.interact(form::applyCss);
        Region name = (Region) form.lookup(".text-field");
        return name.getBackground().getFills().get(name.getBackground().getFills().size() - 1).getFill();
    }
}
