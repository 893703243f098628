package org.roadshow.ui.command;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.roadshow.ui.common.Prompts;

/**
 * Decides whether the open project may be replaced or closed: yes when it has no unsaved changes;
 * otherwise the user chooses Save (yes only if saving succeeds), Don't Save (yes) or Cancel (no).
 */
public final class UnsavedChangesGuard {
    private final BooleanSupplier dirty;
    private final Supplier<String> documentName;
    private final Prompts prompts;
    private final BooleanSupplier save;

    public UnsavedChangesGuard(BooleanSupplier dirty, Supplier<String> documentName, Prompts prompts,
                               BooleanSupplier save) {
        this.dirty = dirty;
        this.documentName = documentName;
        this.prompts = prompts;
        this.save = save;
    }

    /** True when the current project may be thrown away now. */
    public boolean mayDiscard() {
        if (!dirty.getAsBoolean()) {
            return true;
        }
        return switch (prompts.askSaveChanges(documentName.get())) {
            case SAVE -> save.getAsBoolean();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }
}
