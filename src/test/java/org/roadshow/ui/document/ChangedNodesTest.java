package org.roadshow.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.Edits;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Project;
import org.roadshow.model.Talk;

/** What an undo or redo changed, as the rows to select to show it. */
class ChangedNodesTest {
    private final Project sample = SampleProjectBuilder.build();
    private final Talk talk = (Talk) sample.item(SampleProjectBuilder.id("fosdem:talk:license")).orElseThrow();
    private final NodeKey talkKey = NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TALK, talk.id());

    @Test
    void anEditedItemIsItsRow() {
        Project edited = Edits.putItem(SampleProjectBuilder.FOSDEM_TRIP, talk.withTitle("Licences")).apply(sample);
        assertEquals(List.of(talkKey), ChangedNodes.between(sample, edited));
        assertEquals(List.of(talkKey), ChangedNodes.between(edited, sample));
    }

    @Test
    void anItemThatWentShowsItsGroupAndARenamedPersonTheirRow() {
        Project removed = Edits.removeItem(SampleProjectBuilder.FOSDEM_TRIP, talk.id()).apply(sample);
        assertEquals(List.of(NodeKey.group(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TALK)),
                ChangedNodes.between(sample, removed));
        assertEquals(List.of(talkKey), ChangedNodes.between(removed, sample), "undone: it is back");
        Project renamed = Edits.putPerson(sample.person(SampleProjectBuilder.ZOE).orElseThrow().withName("Zoe"))
                .apply(sample);
        assertEquals(List.of(NodeKey.person(SampleProjectBuilder.ZOE)), ChangedNodes.between(sample, renamed));
        assertEquals(List.of(), ChangedNodes.between(sample, sample));
    }
}
