package org.roadshow.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every question the app asks the user, behind one interface so that commands can be tested with
 * scripted answers; {@link FxPrompts} shows real dialogs.
 */
public interface Prompts {
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    /** What to do with form changes that cannot be applied as they are. */
    enum PendingChoice { KEEP_EDITING, DISCARD }

    /** "Save changes to NAME?" with Save / Don't Save / Cancel. */
    SaveChoice askSaveChanges(String documentName);

    /** "Your changes to this talk can't be applied" with Keep Editing / Discard Changes; lists the problems. */
    PendingChoice askKeepEditing(String header, String problems);

    /** A yes/no question; true when the user chose {@code okLabel}. */
    boolean confirm(String header, String detail, String okLabel);

    void error(String header, String detail);

    /**
     * A file that cannot be used: what is wrong in the user's words, the technical detail beneath (file, line,
     * column, the parser's words), and, when {@code offer} is not null, a button for it ("Open Backup"). Returns
     * true when the user chose the offer.
     */
    boolean fileProblem(String header, String problem, String detail, String offer);

    void info(String header, String detail);

    Optional<Path> chooseFileToOpen(Path initialFolder);

    Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName);
}
