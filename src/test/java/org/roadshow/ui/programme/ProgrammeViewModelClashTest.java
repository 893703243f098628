package org.roadshow.ui.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.Edits;
import org.roadshow.model.Moment;
import org.roadshow.model.Shift;
import org.roadshow.ui.document.Document;

/** The clash marks follow the person's plans: an edit or its undo changes them at once (no toolkit needed). */
class ProgrammeViewModelClashTest {
    private static Map<String, String> clashes(ProgrammeViewModel vm) {
        return vm.rows().stream().collect(Collectors.toMap(r -> r.session().title(), SessionRow::clash));
    }

    @Test
    void movingABoothShiftMovesTheClashMarksAndUndoBringsThemBack() throws Exception {
        Document document = new Document(ProgrammeFixtures.withFosdem2017Slice(), null, false);
        ProgrammeViewModel vm = new ProgrammeViewModel(document);
        vm.personIdProperty().set(SampleProjectBuilder.ZOE);
        assertEquals("Overlaps booth duty at Xen Project (Sat 4 Feb 12:00–18:00)", clashes(vm).get("Unikernels in Rust"));

        Shift afternoon = (Shift) document.project().item(SampleProjectBuilder.id("fosdem:shift:sat-pm")).orElseThrow();
        Shift later = new Shift(afternoon.id(), afternoon.boothId(), new Moment(afternoon.start().time().plusHours(2),
                afternoon.start().zone()), afternoon.end(), List.of(SampleProjectBuilder.ZOE), List.of());
        document.apply(Edits.putItem(SampleProjectBuilder.FOSDEM_TRIP, later));
        assertEquals("", clashes(vm).get("Unikernels in Rust"));
        assertEquals("Overlaps booth duty at Xen Project (Sat 4 Feb 14:00–18:00)",
                clashes(vm).get("Live patching the Xen Project hypervisor (programme)"));

        document.undo();
        assertEquals("Overlaps booth duty at Xen Project (Sat 4 Feb 12:00–18:00)", clashes(vm).get("Unikernels in Rust"));
    }
}
