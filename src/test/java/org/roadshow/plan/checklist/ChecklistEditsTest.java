package org.roadshow.plan.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.ChecklistEdits;
import org.roadshow.edit.History;
import org.roadshow.model.Booth;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.ChecklistTemplate;
import org.roadshow.model.Due;
import org.roadshow.model.Project;
import org.roadshow.model.Talk;
import org.roadshow.model.TemplateDue;
import org.roadshow.model.TemplateEntry;
import org.roadshow.model.Trip;

/** Templates applied and saved, ticking and reordering, each one undoable edit. */
class ChecklistEditsTest {
    private static final UUID FOSDEM = SampleProjectBuilder.FOSDEM_TRIP;

    private static Trip fosdem(Project p) {
        return p.trip(FOSDEM).orElseThrow();
    }

    private static List<String> texts(Project p, UUID target) {
        return ChecklistEdits.listOf(fosdem(p), target).stream().map(ChecklistItem::text).toList();
    }

    @Test
    void aTemplateAppliedTwiceAddsEachEntryOnce() {
        History history = new History(SampleProjectBuilder.build());
        Talk talk = fosdem(history.project()).items(Talk.class).get(0);
        assertEquals(List.of(), texts(history.project(), talk.id()));

        history.apply(ChecklistEdits.applyTemplate(FOSDEM, talk.id(), ShippedTemplates.TALK));
        List<String> once = texts(history.project(), talk.id());
        assertEquals(List.of("Slides exported to PDF", "Clicker", "Display adapter", "Recording consent"), once);
        ChecklistItem slides = ChecklistEdits.listOf(fosdem(history.project()), talk.id()).get(0);
        assertEquals(new Due.BeforeItem(talk.id(), 1, LocalTime.of(18, 0)), slides.due(), "counts before the talk");

        int items = fosdem(history.project()).items().size();
        assertFalse(history.apply(ChecklistEdits.applyTemplate(FOSDEM, talk.id(), ShippedTemplates.TALK)),
                "applying again changes nothing, so it is no undo step either");
        assertEquals(once, texts(history.project(), talk.id()));
        assertEquals(items, fosdem(history.project()).items().size());

        history.undo();
        assertEquals(SampleProjectBuilder.build(), history.project(), "one undo takes the whole template back");
        assertFalse(history.canUndo());
    }

    @Test
    void applyingAddsOnlyWhatTheListLacksIgnoringCase() {
        Project sample = SampleProjectBuilder.build();
        Booth booth = fosdem(sample).items(Booth.class).get(0);
        List<String> before = texts(sample, booth.id());
        ChecklistTemplate kit = ChecklistTemplate.create("Kit", List.of(TemplateEntry.of("  STICKERS and booklets "),
                TemplateEntry.of("Extension cord"), TemplateEntry.of("extension cord"), TemplateEntry.of(" ")));
        assertEquals(List.of(TemplateEntry.of("Extension cord")),
                ChecklistEdits.missingEntries(fosdem(sample), booth.id(), kit));
        Project after = ChecklistEdits.applyTemplate(FOSDEM, booth.id(), kit).apply(sample);
        List<String> expected = new java.util.ArrayList<>(before);
        expected.add("Extension cord");
        assertEquals(expected, texts(after, booth.id()));
    }

    @Test
    void appliedToTheTripADueBeforeTheItemCountsBeforeTheTrip() {
        Project sample = SampleProjectBuilder.build();
        Project after = ChecklistEdits.applyTemplate(FOSDEM, null, ShippedTemplates.TALK).apply(sample);
        ChecklistItem slides = ChecklistEdits.listOf(fosdem(after), null).stream()
                .filter(c -> c.text().equals("Slides exported to PDF")).findFirst().orElseThrow();
        assertEquals(new Due.BeforeTrip(1), slides.due());
        assertEquals(null, slides.linkedItem());
    }

    @Test
    void aListSavedAsATemplateKeepsItsRelativeDuesAndAppliesElsewhere() {
        Project sample = SampleProjectBuilder.build();
        Talk talk = fosdem(sample).items(Talk.class).get(0);
        Project withList = ChecklistEdits.applyTemplate(FOSDEM, talk.id(), ShippedTemplates.TALK).apply(sample);
        History history = new History(withList);
        history.apply(ChecklistEdits.saveAsTemplate(FOSDEM, talk.id(), "Our talk"));
        ChecklistTemplate saved = history.project().templates().get(0);
        assertEquals("Our talk", saved.name());
        assertEquals(ShippedTemplates.TALK.entries(), saved.entries());
        history.undo();
        assertEquals(List.of(), history.project().templates());

        Booth booth = fosdem(sample).items(Booth.class).get(0);
        ChecklistTemplate fromBooth = ChecklistEdits.templateFrom(fosdem(sample), booth.id(), "Booth");
        assertEquals(new TemplateDue.BeforeTrip(7), fromBooth.entries().get(0).due());
    }

    @Test
    void deletingTheAnchorKeepsTheDateItResolvedTo() {
        Project sample = SampleProjectBuilder.build();
        Talk talk = fosdem(sample).items(Talk.class).get(0);
        Project withList = ChecklistEdits.applyTemplate(FOSDEM, talk.id(), ShippedTemplates.TALK).apply(sample);
        ChecklistItem slides = ChecklistEdits.listOf(fosdem(withList), talk.id()).get(0);
        java.time.LocalDate day = DueDates.resolve(fosdem(withList), slides).orElseThrow().date();
        Project after = org.roadshow.edit.Edits.removeItem(FOSDEM, talk.id()).apply(withList);
        ChecklistItem kept = (ChecklistItem) fosdem(after).item(slides.id()).orElseThrow();
        assertEquals(new Due.On(day), kept.due());
        assertEquals(null, kept.linkedItem());
    }

    @Test
    void tickingAndUntickingUndoCleanly() {
        Project sample = SampleProjectBuilder.build();
        History history = new History(sample);
        ChecklistItem passport = fosdem(sample).items(ChecklistItem.class).stream()
                .filter(c -> c.text().equals("Passport")).findFirst().orElseThrow();
        assertFalse(passport.done());
        history.apply(ChecklistEdits.tick(FOSDEM, passport.id(), true));
        assertTrue(((ChecklistItem) fosdem(history.project()).item(passport.id()).orElseThrow()).done());
        assertEquals("Tick checklist item", history.undoLabel().orElseThrow());
        history.apply(ChecklistEdits.tick(FOSDEM, passport.id(), false));
        assertFalse(((ChecklistItem) fosdem(history.project()).item(passport.id()).orElseThrow()).done());
        history.undo();
        assertTrue(((ChecklistItem) fosdem(history.project()).item(passport.id()).orElseThrow()).done());
        history.undo();
        assertEquals(sample, history.project());
        assertFalse(history.isDirty());
    }

    @Test
    void movingAnItemChangesOnlyTheOrder() {
        Project sample = SampleProjectBuilder.build();
        List<ChecklistItem> list = fosdem(sample).items(ChecklistItem.class);
        ChecklistItem last = list.get(list.size() - 1);
        Project moved = ChecklistEdits.move(FOSDEM, last.id(), list.get(0).id()).apply(sample);
        List<ChecklistItem> after = fosdem(moved).items(ChecklistItem.class);
        assertEquals(last, after.get(0));
        assertEquals(list.subList(0, list.size() - 1), after.subList(1, after.size()));
        Project back = ChecklistEdits.move(FOSDEM, last.id(), null).apply(moved);
        assertEquals(sample, back);
    }
}
