package org.roadshow.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.Edits;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Project;

class NodeKeyTest {
    private final Project sample = SampleProjectBuilder.build();
    private final UUID trip = SampleProjectBuilder.FOSDEM_TRIP;
    private final UUID talk = SampleProjectBuilder.id("fosdem:talk:license");

    @Test
    void anExistingNodeStaysSelected() {
        NodeKey key = NodeKey.item(trip, ItemKind.TALK, talk);
        assertEquals(key, key.nearestIn(sample));
    }

    @Test
    void aDeletedItemFallsBackToItsGroupThenTripThenProject() {
        NodeKey key = NodeKey.item(trip, ItemKind.TALK, talk);
        Project withoutTalk = Edits.removeItem(trip, talk).apply(sample);
        assertEquals(NodeKey.group(trip, ItemKind.TALK), key.nearestIn(withoutTalk));
        Project withoutTrip = Edits.removeTrip(trip).apply(sample);
        assertEquals(NodeKey.PROJECT, key.nearestIn(withoutTrip));
    }

    @Test
    void aDeletedPersonFallsBackToPeople() {
        NodeKey key = NodeKey.person(SampleProjectBuilder.ZOE);
        assertEquals(NodeKey.PEOPLE, key.nearestIn(Edits.removePerson(SampleProjectBuilder.ZOE).apply(sample)));
    }
}
