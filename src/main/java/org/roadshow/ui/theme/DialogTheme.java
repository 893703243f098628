package org.roadshow.ui.theme;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Dialogs open in their own scene, which does not inherit the window's stylesheets: without this a dark
 * window opens white dialogs. The owner's theme is copied when the dialog is first shown (the owner is
 * often set after the dialog is built), ahead of the dialog's own stylesheets so that those still win.
 */
public final class DialogTheme {
    private DialogTheme() {
    }

    public static <D extends Dialog<?>> D follow(D dialog) {
        dialog.showingProperty().addListener((o, was, now) -> {
            if (now) {
                apply(dialog);
            }
        });
        return dialog;
    }

    static void apply(Dialog<?> dialog) {
        Window owner = dialog.getOwner();
        if (owner == null || owner.getScene() == null) {
            return;
        }
        List<String> theme = new ArrayList<>(owner.getScene().getStylesheets());
        List<String> own = new ArrayList<>(dialog.getDialogPane().getStylesheets());
        own.removeAll(theme);
        theme.addAll(own);
        dialog.getDialogPane().getStylesheets().setAll(theme);
    }
}
