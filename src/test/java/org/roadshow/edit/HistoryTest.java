package org.roadshow.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.roadshow.model.Project;

class HistoryTest {
    private final Project start = Project.empty();

    @Test
    void undoAndRedoWalkThroughTheSnapshots() {
        History history = new History(start);
        assertFalse(history.canUndo());
        assertFalse(history.canRedo());
        assertTrue(history.apply(Edits.renameProject("One")));
        assertTrue(history.apply(Edits.renameProject("Two")));
        assertEquals("Two", history.project().name());
        assertEquals(Optional.of("Rename project"), history.undoLabel());
        history.undo();
        assertEquals("One", history.project().name());
        assertEquals(Optional.of("Rename project"), history.redoLabel());
        history.undo();
        assertEquals(start, history.project());
        assertFalse(history.canUndo());
        assertThrows(IllegalStateException.class, history::undo);
        history.redo();
        history.redo();
        assertEquals("Two", history.project().name());
        assertFalse(history.canRedo());
        assertThrows(IllegalStateException.class, history::redo);
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        History history = new History(start);
        assertFalse(history.apply(Edits.renameProject(start.name())));
        assertFalse(history.canUndo());
        assertFalse(history.isDirty());
        history.apply(Edits.renameProject("One"));
        assertFalse(history.apply(Edits.renameProject("One")));
        history.undo();
        assertFalse(history.canUndo(), "only the real change was recorded");
    }

    @Test
    void aNewEditDropsTheRedoBranch() {
        History history = new History(start);
        history.apply(Edits.renameProject("One"));
        history.apply(Edits.renameProject("Two"));
        history.undo();
        history.apply(Edits.renameProject("Other"));
        assertFalse(history.canRedo());
        history.undo();
        assertEquals("One", history.project().name());
    }

    @Test
    void undoingBackToTheSavePointIsCleanAndRedoingAwayIsDirty() {
        History history = new History(start);
        assertFalse(history.isDirty(), "a fresh document is clean");
        history.apply(Edits.renameProject("One"));
        assertTrue(history.isDirty());
        history.markSaved();
        assertFalse(history.isDirty());
        history.apply(Edits.renameProject("Two"));
        assertTrue(history.isDirty());
        history.undo();
        assertFalse(history.isDirty(), "back at what is on disk");
        history.undo();
        assertTrue(history.isDirty(), "before the save point is dirty too");
        history.redo();
        assertFalse(history.isDirty());
        history.redo();
        assertTrue(history.isDirty());
    }

    @Test
    void anEditAfterUndoingPastTheSavePointMakesItUnreachable() {
        History history = new History(start);
        history.apply(Edits.renameProject("One"));
        history.apply(Edits.renameProject("Two"));
        history.markSaved();
        history.undo();
        history.undo();
        history.apply(Edits.renameProject("Other"));
        assertTrue(history.isDirty());
        history.undo();
        assertTrue(history.isDirty(), "the start is not what was saved");
        assertEquals(start, history.project());
        history.redo();
        assertTrue(history.isDirty(), "nor is the new branch");
    }

    @Test
    void discardingTheLastEditLeavesNoUndoNorRedo() {
        History history = new History(start);
        history.apply(Edits.renameProject("One"));
        history.apply(Edits.renameProject("Two"));
        assertTrue(history.discardLast());
        assertEquals("One", history.project().name());
        assertFalse(history.canRedo(), "gone, not undone");
        assertTrue(history.isDirty());
        history.undo();
        assertFalse(history.discardLast(), "something was undone since");
        history.redo();
        history.markSaved();
        assertFalse(history.discardLast(), "what is on disk stays reachable");
        assertEquals("One", history.project().name());
    }
}
