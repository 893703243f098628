package org.roadshow.ui.command;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.roadshow.ui.common.Prompts.PendingChoice;
import org.roadshow.ui.common.Prompts;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.form.Form;

/**
 * Nothing typed into a form is lost silently. Before the selection moves, something is added, or the
 * project is saved, replaced or closed, the form's unapplied changes are settled: valid ones are applied
 * as one undoable edit (as an inspector panel does; the status bar says so), and ones that cannot be
 * applied make the user choose between keeping on editing and discarding them.
 */
final class PendingFormChanges {
    private final Document document;
    private final Prompts prompts;
    private final Supplier<Optional<Form<?>>> form;
    private final Consumer<String> status;

    PendingFormChanges(Document document, Prompts prompts, Supplier<Optional<Form<?>>> form, Consumer<String> status) {
        this.document = document;
        this.prompts = prompts;
        this.form = form;
        this.status = status;
    }

    /** True when the caller may go on; false when the user chose to keep editing. */
    boolean settle() {
        Optional<Form<?>> shown = form.get();
        if (shown.isEmpty() || !shown.get().hasChanges() || document.isReadOnly()) {
            return true;
        }
        Form<?> f = shown.get();
        if (f.validProperty().get()) {
            if (f.apply()) {
                status.accept("Applied your changes: " + document.undoLabelProperty().get()
                        + ". Edit › Undo takes them back.");
            }
            return true;
        }
        String what = f.title().toLowerCase(java.util.Locale.ROOT);
        if (prompts.askKeepEditing("Your changes to this " + what + " can't be applied", f.problemsText())
                == PendingChoice.DISCARD) {
            f.revert();
            status.accept("Discarded the changes to the " + what + ".");
            return true;
        }
        // Later: a click in the sidebar that led here takes the focus once this handler returns.
        javafx.application.Platform.runLater(f::focusFirstProblem);
        return false;
    }
}
