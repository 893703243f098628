package org.roadshow.ui.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.ChecklistEdits;
import org.roadshow.edit.Edits;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Due;
import org.roadshow.model.Project;
import org.roadshow.ui.document.Document;

/**
 * Edits that only change items in place (ticks, texts, due dates) are shown in the lines that show those items,
 * without building the trip's rows again; what is shown must be exactly what a full rebuild shows.
 */
class ChecklistViewModelTest {
    private final Document document = new Document(SampleProjectBuilder.build(), null, false);
    private final ChecklistViewModel vm = new ChecklistViewModel(document, ChecklistViewTest.FEB_4);

    ChecklistViewModelTest() {
        vm.tripIdProperty().set(SampleProjectBuilder.SCALE_TRIP);
    }

    private List<ChecklistRow> rebuilt() {
        Project p = document.project();
        return ChecklistRows.build(p, p.trip(SampleProjectBuilder.SCALE_TRIP).orElseThrow(), vm.filter(),
                ChecklistViewTest.FEB_4.instant(), ChecklistViewTest.FEB_4.getZone(), Set.of()).rows();
    }

    private ChecklistItem item(java.util.UUID id) {
        return (ChecklistItem) document.project().item(id).orElseThrow();
    }

    @Test
    void aTickChangesTheItemsLineAndItsHeadingAsARebuildWould() {
        List<ChecklistLine> lines = List.copyOf(vm.lines());
        vm.toggle(List.of(item(ChecklistViewTest.CDS)));
        vm.toggle(List.of(item(ChecklistViewTest.BOOKLETS), item(ChecklistViewTest.BANNER)));
        assertEquals(rebuilt(), vm.rows());
        for (int i = 0; i < lines.size(); i++) {
            assertSame(lines.get(i), vm.lines().get(i), "the same lines, changed in place");
        }
        assertEquals(4, vm.countsProperty().get().done(), "passport, banner, CDs and booklets: two of them ticked together");
        document.undo();
        document.undo();
        assertEquals(rebuilt(), vm.rows());
        assertEquals(2, vm.countsProperty().get().done());
    }

    @Test
    void aNewDueDateOrTextIsShownInPlaceToo() {
        ChecklistItem cds = item(ChecklistViewTest.CDS);
        document.apply(Edits.putItem(SampleProjectBuilder.SCALE_TRIP, cds.withText("Burn 20 live CDs")
                .withDue(new Due.BeforeTrip(1))));
        assertEquals(rebuilt(), vm.rows());
        ChecklistRow.Entry entry = vm.entries().stream().filter(e -> e.item().id().equals(cds.id())).findFirst()
                .orElseThrow();
        assertEquals("Burn 20 live CDs", entry.item().text());
        assertFalse(entry.late(), "due the day before the trip, which is still to come");
    }

    @Test
    void aTickThatTakesAnItemOutOfTheFilterRemovesItsLine() {
        vm.openProperty().set(true);
        vm.toggle(List.of(item(ChecklistViewTest.CDS)));
        assertEquals(rebuilt(), vm.rows());
        assertFalse(vm.entries().stream().anyMatch(e -> e.item().id().equals(ChecklistViewTest.CDS)));
        document.apply(ChecklistEdits.tick(SampleProjectBuilder.SCALE_TRIP, ChecklistViewTest.BOOKLETS, true));
        assertEquals(rebuilt(), vm.rows());
    }
}
