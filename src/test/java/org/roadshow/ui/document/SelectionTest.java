package org.roadshow.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.roadshow.SampleProjectBuilder.FOSDEM_TRIP;
import static org.roadshow.SampleProjectBuilder.id;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.roadshow.edit.Edits;
import org.roadshow.io.ical.SampleWithProgramme;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Project;

/** The selection as the sidebar, the details pane and the views see it (plain properties: no toolkit needed). */
class SelectionTest {
    private final Selection selection = new Selection();
    private final NodeKey demo = NodeKey.item(FOSDEM_TRIP, ItemKind.DEMO, id("fosdem:demo:xo"));
    private final NodeKey shift = NodeKey.item(FOSDEM_TRIP, ItemKind.SHIFT, id("fosdem:shift:sat-am"));
    private final NodeKey talk = NodeKey.item(FOSDEM_TRIP, ItemKind.TALK, id("fosdem:talk:livepatch"));
    private final SessionKey keynote = new SessionKey(FOSDEM_TRIP, SampleWithProgramme.PROGRAMME, SampleWithProgramme.KEYNOTE);

    @Test
    void aSidebarRowSelectsItsItemAloneAndAGroupSelectsNoItem() {
        List<NodeKey> rows = new ArrayList<>();
        selection.keyProperty().addListener((o, was, now) -> rows.add(now));
        selection.set(demo);
        assertEquals(List.of(demo), selection.items());
        assertTrue(selection.isSelected(demo.id()));
        assertEquals(Optional.of(FOSDEM_TRIP), selection.trip());
        assertTrue(selection.inTripProperty().get());
        selection.set(NodeKey.group(FOSDEM_TRIP, ItemKind.DEMO));
        assertEquals(List.of(), selection.items());
        selection.set(null);
        assertEquals(NodeKey.PROJECT, selection.get());
        assertFalse(selection.inTripProperty().get());
        assertEquals(List.of(demo, NodeKey.group(FOSDEM_TRIP, ItemKind.DEMO), NodeKey.PROJECT), rows);
    }

    @Test
    void severalItemsMakeTheFirstTheRowUntilARowIsChosen() {
        selection.selectItems(List.of(shift, demo, shift));
        assertEquals(shift, selection.get(), "the details pane shows the first");
        assertEquals(List.of(shift, demo), selection.items());
        assertTrue(selection.isSelected(demo.id()));
        selection.set(talk);
        assertEquals(List.of(talk), selection.items());
        assertFalse(selection.isSelected(demo.id()));
        selection.selectItems(List.of());
        assertEquals(NodeKey.PROJECT, selection.get());
        assertThrows(IllegalArgumentException.class, () -> selection.selectItems(List.of(NodeKey.PEOPLE)));
    }

    @Test
    void aSessionIsSelectedWithoutItemsAndTheRowStays() {
        selection.selectItems(List.of(shift, demo));
        selection.selectSession(keynote);
        assertEquals(Optional.of(keynote), selection.session());
        assertEquals(List.of(), selection.items());
        assertEquals(shift, selection.get());
        assertTrue(selection.isSelected(SampleWithProgramme.KEYNOTE));
        selection.set(talk);
        assertEquals(Optional.empty(), selection.session());
        selection.selectSession(keynote);
        selection.selectItems(List.of(demo));
        assertEquals(Optional.empty(), selection.session());
    }

    @Test
    void afterAnEditWhatSurvivesStaysSelected() {
        Project project = SampleWithProgramme.build();
        selection.selectItems(List.of(shift, demo, talk));
        Project noShift = Edits.removeItem(FOSDEM_TRIP, shift.id()).apply(project);
        selection.keepExisting(noShift);
        assertEquals(demo, selection.get(), "the next item leads when the first is deleted");
        assertEquals(List.of(demo, talk), selection.items());

        selection.selectItems(List.of(demo));
        selection.keepExisting(Edits.removeItem(FOSDEM_TRIP, demo.id()).apply(noShift));
        assertEquals(NodeKey.group(FOSDEM_TRIP, ItemKind.DEMO), selection.get(), "one deleted item: its group");
        assertEquals(List.of(), selection.items());

        selection.selectSession(keynote);
        selection.keepExisting(project);
        assertEquals(Optional.of(keynote), selection.session());
        selection.keepExisting(Edits.removeProgramme(FOSDEM_TRIP, SampleWithProgramme.PROGRAMME).apply(project));
        assertEquals(Optional.empty(), selection.session());
    }

    @Test
    void revealAsksForTheDetailsEachTime() {
        int before = selection.revealRequests().get();
        selection.reveal(demo);
        selection.reveal(demo);
        assertEquals(before + 2, selection.revealRequests().get());
        assertEquals(List.of(demo), selection.items());
    }
}
