package org.roadshow.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.Booth;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Due;
import org.roadshow.model.Item;
import org.roadshow.model.OpeningHours;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.TravelLeg;
import org.roadshow.plan.checklist.DueDates;
import org.roadshow.ui.document.Document;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Forms build records from their fields, and their checks catch what a person could get wrong. */
@ExtendWith(ApplicationExtension.class)
class FormsTest {
    private final Project sample = SampleProjectBuilder.build();
    private final Document document = new Document(sample, null, false);

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private <T extends Item> T item(String key, Class<T> type) {
        return type.cast(sample.item(SampleProjectBuilder.id(key)).orElseThrow());
    }

    @Test
    void everySampleItemRoundTripsThroughItsFormUnchanged() throws Exception {
        for (Item item : sample.trips().stream().flatMap(t -> t.items().stream()).toList()) {
            Item built = onFx(() -> {
                ItemForm<Item> form = Forms.forItem(item, document);
                form.load(item, sample);
                assertTrue(form.validProperty().get(), item + ": " + form.problemsText());
                assertFalse(form.hasChanges());
                return form.build();
            });
            assertEquals(item, built, item.kind() + " " + item.label());
        }
        for (Person person : sample.people()) {
            assertEquals(person, onFx(() -> {
                PersonForm form = new PersonForm(document);
                form.load(person, sample);
                return form.build();
            }));
        }
    }

    @Test
    void boothHoursAndStaffComeFromTheFields() throws Exception {
        Booth booth = item("fosdem:booth", Booth.class);
        Booth built = onFx(() -> {
            BoothForm form = new BoothForm(document);
            form.load(booth, sample);
            HoursEditor hours = form.hoursEditor();
            hours.set(List.of());
            hours.addDay(); // the first conference day, 09:00-18:00
            hours.addDay(); // the next one, the same hours
            hours.rows().get(1).open().setText("10:00");
            hours.rows().get(1).close().setText("16:00");
            hours.rows().get(0).close().setText("18:30");
            form.minStaffField().getValueFactory().setValue(3);
            form.maxStaffField().getValueFactory().setValue(4);
            assertTrue(form.validProperty().get(), form.problemsText());
            assertTrue(form.apply());
            return (Booth) document.project().item(booth.id()).orElseThrow();
        });
        assertEquals(List.of(new OpeningHours(LocalDate.of(2017, 2, 4), LocalTime.of(9, 0), LocalTime.of(18, 30)),
                new OpeningHours(LocalDate.of(2017, 2, 5), LocalTime.of(10, 0), LocalTime.of(16, 0))), built.hours());
        assertEquals(3, built.minStaff());
        assertEquals(4, built.maxStaff());
        assertEquals("Edit booth Xen Project", document.undoLabelProperty().get());
    }

    @Test
    void boothChecksMinStaffAndHoursLines() throws Exception {
        Booth booth = item("fosdem:booth", Booth.class);
        onFx(() -> {
            BoothForm form = new BoothForm(document);
            form.load(booth, sample);
            form.minStaffField().getValueFactory().setValue(5);
            assertFalse(form.validProperty().get());
            assertTrue(form.applyButton().isDisabled());
            assertTrue(form.maxStaffField().getStyleClass().contains("invalid"));
            assertTrue(form.problemsText().contains("Max staff: must be at least the minimum staff"));
            form.minStaffField().getValueFactory().setValue(2);
            HoursEditor hours = form.hoursEditor();
            hours.addDay();
            HoursEditor.Row added = hours.rows().get(hours.rows().size() - 1);
            added.open().setText("18:00");
            added.close().setText("09:00");
            assertTrue(form.problemsText().contains("closing time must be after opening time"), form.problemsText());
            assertTrue(form.hoursEditor().getStyleClass().contains("invalid"));
            assertTrue(added.close().getStyleClass().contains("invalid"), "the wrong time is outlined");
            added.close().setText("19:00");
            added.day().setValue(LocalDate.of(2017, 2, 4));
            assertTrue(form.problemsText().contains("2017-02-04 is listed twice"), form.problemsText());
            added.open().setText("6pm");
            added.day().setValue(LocalDate.of(2017, 2, 6));
            assertTrue(form.problemsText().contains("on 2017-02-06 a time looks like 14:30"), form.problemsText());
            return null;
        });
    }

    @Test
    void aLegEndsAfterItStartsComparedAsInstantsAcrossZones() throws Exception {
        TravelLeg leg = item("fosdem:leg:out", TravelLeg.class); // 16:01 London -> 19:05 Brussels
        onFx(() -> {
            TravelForm form = new TravelForm(document);
            form.load(leg, sample);
            DateTimeField arrival = (DateTimeField) form.lookupAll(".date-time-field").stream().skip(1).findFirst()
                    .orElseThrow();
            arrival.timeField().setText("17:00"); // 16:00 in London: a minute before it leaves
            assertFalse(form.validProperty().get());
            assertTrue(form.problemsText().contains(
                    "Arrives: 17:00 Brussels = 16:00 London, before it departs at 16:01 London"), form.problemsText());
            assertTrue(arrival.getStyleClass().contains("invalid"));
            arrival.timeField().setText("17:10");
            assertTrue(form.validProperty().get(), form.problemsText());
            TravelLeg built = form.build();
            assertEquals(ZoneId.of("Europe/Brussels"), built.arrival().zone());
            assertEquals(9 * 60, built.duration().toSeconds());
            return null;
        });
    }

    @Test
    void personEmailMustLookLikeOne() throws Exception {
        Person zoe = sample.person(SampleProjectBuilder.ZOE).orElseThrow();
        onFx(() -> {
            PersonForm form = new PersonForm(document);
            form.load(zoe, sample);
            form.emailField().setText("zoe at example");
            assertTrue(form.applyButton().isDisabled());
            assertTrue(form.emailField().getStyleClass().contains("invalid"));
            form.emailField().setText("zoe@example.com");
            assertFalse(form.applyButton().isDisabled());
            return null;
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void checklistDueKinds() throws Exception {
        ChecklistItem passport = item("fosdem:check:passport", ChecklistItem.class);
        onFx(() -> {
            ChecklistForm form = new ChecklistForm(document);
            form.load(passport, sample);
            assertEquals(null, form.build().due());
            form.dueKindField().setValue(ChecklistForm.ON_DATE);
            assertFalse(form.validProperty().get(), "a date is needed");
            form.load(passport.withDue(new Due.On(LocalDate.of(2017, 1, 20))), sample);
            assertEquals(new Due.On(LocalDate.of(2017, 1, 20)), form.build().due());
            form.dueKindField().setValue(ChecklistForm.FROM_TRIP);
            assertEquals(new Due.BeforeTrip(7), form.build().due());
            Label resolved = (Label) form.lookup("#due-resolved");
            assertEquals("Due 7 days before the trip: " + DueDates.DAY.format(
                    sample.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow().firstDay().orElseThrow().minusDays(7)),
                    resolved.getText(), "the form says which day that is");

            Talk talk = sample.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow().items(Talk.class).get(0);
            form.dueKindField().setValue(ChecklistForm.FROM_ITEM);
            ((ChoicePicker) form.lookup("#due-anchor")).select(talk.id());
            ((Spinner<Integer>) form.lookup("#due-days")).getValueFactory().setValue(1);
            ((TextField) form.lookup("#due-at")).setText("18:00");
            assertEquals(new Due.BeforeItem(talk.id(), 1, LocalTime.of(18, 0)), form.build().due());
            assertTrue(resolved.getText().startsWith("Due 1 day before \u201c" + talk.title() + "\u201d, at 18:00: "),
                    resolved.getText());
            ((TextField) form.lookup("#due-at")).setText("6pm");
            assertFalse(form.validProperty().get(), "not a time");
            ((TextField) form.lookup("#due-at")).setText("");
            assertTrue(form.validProperty().get(), "no time: any time that day");
            assertEquals(new Due.BeforeItem(talk.id(), 1, null), form.build().due());
            form.load(passport.withDue(new Due.BeforeItem(talk.id(), 2, LocalTime.of(9, 30))), sample);
            assertEquals(ChecklistForm.FROM_ITEM, form.dueKindField().getValue());
            assertEquals(new Due.BeforeItem(talk.id(), 2, LocalTime.of(9, 30)), form.build().due());
            return null;
        });
    }

    @Test
    void aShiftTakesItsBoothsZoneAndNeedsRealTimes() throws Exception {
        Shift shift = item("fosdem:shift:sat-am", Shift.class);
        onFx(() -> {
            ShiftForm form = new ShiftForm(document);
            form.load(shift, sample);
            form.endTimeField().setText("09:00");
            assertTrue(form.problemsText().contains("End: must be after the start"));
            form.endTimeField().setText("noon");
            assertTrue(form.problemsText().contains("End: a time looks like 14:30"), form.problemsText());
            form.endTimeField().setText("11:00");
            Shift built = form.build();
            assertEquals(ZoneId.of("Europe/Brussels"), built.end().zone());
            assertEquals(LocalTime.of(11, 0), built.end().time().toLocalTime());
            return null;
        });
    }

    @Test
    void revertRefillsAndRequiredFieldsBlockApply() throws Exception {
        Item talk = sample.item(SampleProjectBuilder.id("fosdem:talk:license")).orElseThrow();
        onFx(() -> {
            ItemForm<Item> form = Forms.forItem(talk, document);
            form.load(talk, sample);
            TextField title = ((org.roadshow.ui.form.TalkForm) (Object) form).titleField();
            title.setText("  ");
            assertTrue(form.problemsText().contains("Title: required"));
            assertTrue(form.applyButton().isDisabled());
            assertFalse(form.revertButton().isDisabled());
            form.revert();
            assertEquals(talk.label(), title.getText());
            assertFalse(form.hasChanges());
            assertEquals("", form.problemsText());
            return null;
        });
    }
}
