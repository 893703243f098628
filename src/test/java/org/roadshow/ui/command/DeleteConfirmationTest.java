package org.roadshow.ui.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.Edits;
import org.roadshow.edit.ItemFactory;
import org.roadshow.io.programme.ProgrammeImport;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Trip;
import org.roadshow.ui.common.ScriptedPrompts;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.document.Selection;

/** The delete question names what goes with the thing deleted, and one Undo brings all of it back. */
class DeleteConfirmationTest {
    private static final UUID BOOTH = SampleProjectBuilder.id("fosdem:booth");
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private final Selection selection = new Selection();

    private EditCommands commands(Document document) {
        return new EditCommands(document, selection, prompts, new ItemFactory(Clock.systemUTC()));
    }

    private String question() {
        return prompts.asked.get(prompts.asked.size() - 1);
    }

    @Test
    void deletingABoothSaysItsShiftsGoTooAndUndoBringsThemBack() {
        Document document = new Document(SampleProjectBuilder.build(), null, false);
        selection.set(NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.BOOTH, BOOTH));
        prompts.answerConfirm(true);
        assertTrue(commands(document).deleteSelected());
        assertEquals("Delete booth “Xen Project” and its 4 booth duty shifts?", question());
        Trip trip = document.project().trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow();
        assertEquals(List.of(), trip.items(Shift.class));
        assertEquals("Delete booth “Xen Project”", document.undoLabelProperty().get());

        document.undo();
        assertEquals(SampleProjectBuilder.build(), document.project());
    }

    @Test
    void aDeclinedDeleteChangesNothing() {
        Document document = new Document(SampleProjectBuilder.build(), null, false);
        selection.set(NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.BOOTH, BOOTH));
        prompts.answerConfirm(false);
        assertFalse(commands(document).deleteSelected());
        assertFalse(document.isDirty());
    }

    @Test
    void aTalkHasNothingToMention() {
        Project sample = SampleProjectBuilder.build();
        NodeKey talk = NodeKey.item(SampleProjectBuilder.FOSDEM_TRIP, ItemKind.TALK,
                SampleProjectBuilder.id("fosdem:talk:license"));
        assertEquals("", EditCommands.alsoDeleted(talk, sample));
        assertEquals("talk “Mixed License FOSS Projects”", EditCommands.describe(talk, sample));
    }

    @Test
    void aTripCountsItsItemsAndItsProgramme() throws Exception {
        Project sample = SampleProjectBuilder.build();
        NodeKey trip = NodeKey.trip(SampleProjectBuilder.FOSDEM_TRIP);
        assertEquals(" and its 19 items", EditCommands.alsoDeleted(trip, sample));

        String xml = """
                <schedule><conference><title>FOSDEM 2017</title></conference>
                <day index="1" date="2017-02-04"><room name="K.4.201">
                <event id="1"><start>11:00</start><duration>01:00</duration><title>Xen on ARM</title></event>
                <event id="2"><start>13:00</start><duration>00:30</duration><title>Unikernels</title></event>
                </room></day></schedule>""";
        Programme programme = ProgrammeImport.parse(xml.getBytes(StandardCharsets.UTF_8), "fosdem.xml")
                .toResult(ZoneId.of("Europe/Brussels")).toProgramme(Instant.parse("2017-01-01T00:00:00Z"));
        Project withProgramme = Edits.putProgramme(SampleProjectBuilder.FOSDEM_TRIP, programme, "Import").apply(sample);
        assertEquals(" and its 19 items and its imported programme (2 sessions)",
                EditCommands.alsoDeleted(trip, withProgramme));

        Document empty = new Document(Project.empty(), null, false);
        commands(empty).newTrip();
        assertEquals("", EditCommands.alsoDeleted(selection.get(), empty.project()), "an empty trip");
    }
}
