package org.roadshow.ui.document;

import java.util.Locale;
import org.roadshow.model.Project;

/** One change to the open project: what kind, its Undo-menu label, and the project before and after. */
public record DocumentChange(Kind kind, String label, Project before, Project after) {
    public enum Kind { EDIT, UNDO, REDO, DISCARD }

    /** The status bar's sentence: "Undid: move SCALE booth shift", "Redid: add talk Keynote". */
    public String describe() {
        String what = lowerFirst(label);
        return switch (kind) {
            case EDIT -> label;
            case UNDO -> "Undid: " + what;
            case REDO -> "Redid: " + what;
            case DISCARD -> "Took back: " + what + " (left untouched)";
        };
    }

    /** "Edit talk X" becomes "edit talk X"; "SCALE booth" stays as it is. */
    static String lowerFirst(String text) {
        if (text.isEmpty() || text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
