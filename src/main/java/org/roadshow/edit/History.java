package org.roadshow.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.roadshow.model.Project;

/**
 * Snapshot undo and redo. Each applied edit pushes the project it produced; undo and redo move along the
 * list. The save point remembers which snapshot is on disk, so undoing back to it makes the document
 * clean again, and redoing away from it makes it dirty.
 */
public final class History {
    private record Entry(Project project, String label) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private int current;
    private int savePoint;

    public History(Project initial) {
        entries.add(new Entry(Objects.requireNonNull(initial), ""));
        current = 0;
        savePoint = 0;
    }

    public Project project() {
        return entries.get(current).project();
    }

    /** Applies the edit; an edit that changes nothing is not recorded. Returns whether it changed anything. */
    public boolean apply(Edit edit) {
        Project next = Objects.requireNonNull(edit.apply(project()), "an edit returned no project");
        if (next.equals(project())) {
            return false;
        }
        entries.subList(current + 1, entries.size()).clear();
        if (savePoint > current) {
            savePoint = -1; // the saved state can no longer be reached by redo
        }
        entries.add(new Entry(next, edit.label()));
        current++;
        return true;
    }

    public boolean canUndo() {
        return current > 0;
    }

    public boolean canRedo() {
        return current < entries.size() - 1;
    }

    public Optional<String> undoLabel() {
        return canUndo() ? Optional.of(entries.get(current).label()) : Optional.empty();
    }

    public Optional<String> redoLabel() {
        return canRedo() ? Optional.of(entries.get(current + 1).label()) : Optional.empty();
    }

    public void undo() {
        if (!canUndo()) {
            throw new IllegalStateException("nothing to undo");
        }
        current--;
    }

    public void redo() {
        if (!canRedo()) {
            throw new IllegalStateException("nothing to redo");
        }
        current++;
    }

    /**
     * Forgets the last edit as if it had never been made (no redo either): for a new item the user abandoned
     * untouched. Refuses when something was undone since, or when the edit is what is saved on disk.
     */
    public boolean discardLast() {
        if (!canUndo() || canRedo() || savePoint == current) {
            return false;
        }
        entries.remove(current);
        current--;
        return true;
    }

    public void markSaved() {
        savePoint = current;
    }

    /** Records that no snapshot is what the file holds (a backup shown in place of a damaged file). */
    public void markUnsaved() {
        savePoint = -1;
    }

    public boolean isDirty() {
        return savePoint != current;
    }
}
