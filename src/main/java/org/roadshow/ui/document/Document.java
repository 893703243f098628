package org.roadshow.ui.document;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.roadshow.edit.Edit;
import org.roadshow.edit.History;
import org.roadshow.model.Project;

/**
 * The open project as the UI sees it: the current snapshot, its file, whether it has unsaved changes,
 * and undo/redo. Views read {@link #project()} and change it only through {@link #apply(Edit)}.
 */
public final class Document {
    /** What a project without a file is called, unless it was opened as something (the sample). */
    public static final String UNTITLED = "Untitled";
    private History history;
    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "");
    private final ReadOnlyObjectWrapper<DocumentChange> lastChange = new ReadOnlyObjectWrapper<>(this, "lastChange");
    private final ReadOnlyStringWrapper untitledName = new ReadOnlyStringWrapper(this, "untitledName", UNTITLED);

    public Document(Project initial, Path file, boolean readOnly) {
        replace(initial, file, readOnly);
    }

    /** Starts over with another project (New, Open): history is cleared and the document is clean. */
    public void replace(Project initial, Path newFile, boolean isReadOnly) {
        replace(initial, newFile, isReadOnly, UNTITLED);
    }

    /**
     * Like {@link #replace(Project, Path, boolean)}, naming a project that has no file yet ("Sample project"),
     * as the title and the save prompt call it until it is saved.
     */
    public void replace(Project initial, Path newFile, boolean isReadOnly, String nameUntilSaved) {
        untitledName.set(nameUntilSaved);
        history = new History(initial);
        file.set(newFile);
        readOnly.set(isReadOnly);
        lastChange.set(null);
        refresh();
    }

    /** Applies an edit as one undoable step. Returns false when it changed nothing. */
    public boolean apply(Edit edit) {
        Project before = project();
        boolean changed = history.apply(edit);
        if (changed) {
            refresh();
            announce(DocumentChange.Kind.EDIT, edit.label(), before);
        }
        return changed;
    }

    public void undo() {
        if (history.canUndo()) {
            Project before = project();
            String label = history.undoLabel().orElse("");
            history.undo();
            refresh();
            announce(DocumentChange.Kind.UNDO, label, before);
        }
    }

    public void redo() {
        if (history.canRedo()) {
            Project before = project();
            String label = history.redoLabel().orElse("");
            history.redo();
            refresh();
            announce(DocumentChange.Kind.REDO, label, before);
        }
    }

    /**
     * Takes back the last edit without leaving an undo or redo step, if the project is still {@code expected}
     * (what that edit made). For a new item left untouched. Returns whether it was taken back.
     */
    public boolean discardLastIf(Project expected) {
        if (project() != expected) {
            return false;
        }
        String label = history.undoLabel().orElse("");
        if (!history.discardLast()) {
            return false;
        }
        refresh();
        announce(DocumentChange.Kind.DISCARD, label, expected);
        return true;
    }

    private void announce(DocumentChange.Kind kind, String label, Project before) {
        lastChange.set(new DocumentChange(kind, label, before, project()));
    }

    /** The last edit, undo, redo or discard, set after the project has changed; null after New or Open. */
    public ReadOnlyObjectProperty<DocumentChange> lastChangeProperty() {
        return lastChange.getReadOnlyProperty();
    }

    /** Records that the current snapshot is what is on disk at {@code savedTo}. */
    public void markSaved(Path savedTo) {
        history.markSaved();
        file.set(savedTo);
        readOnly.set(false);
        refresh();
    }

    /** Records that the shown project is not what its file holds, so the title is marked and closing asks to save. */
    public void markUnsaved() {
        history.markUnsaved();
        refresh();
    }

    private void refresh() {
        project.set(history.project());
        dirty.set(history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.undoLabel().orElse(""));
        redoLabel.set(history.redoLabel().orElse(""));
    }

    public Project project() {
        return project.get();
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file.get());
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** What the project is called while it has no file: "Untitled" or, for the sample, "Sample project". */
    public String untitledName() {
        return untitledName.get();
    }

    public ReadOnlyStringProperty untitledNameProperty() {
        return untitledName.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isReadOnly() {
        return readOnly.get();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }
}
