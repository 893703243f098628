package org.roadshow.ui.conflicts;

import javafx.css.PseudoClass;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;

/** The status bar's count of conflicts ("2 errors, 1 warning"): clicking it shows or hides the panel. */
public final class ConflictsCount extends Hyperlink {
    private static final PseudoClass ERRORS = PseudoClass.getPseudoClass("errors");
    private static final PseudoClass WARNINGS = PseudoClass.getPseudoClass("warnings");

    public ConflictsCount(ProjectConflicts conflicts, Runnable toggle) {
        getStyleClass().add("conflicts-count");
        setTooltip(new Tooltip("Show or hide the conflicts panel"));
        setOnAction(e -> {
            toggle.run();
            setVisited(false);
        });
        Runnable refresh = () -> {
            setText(conflicts.summary());
            pseudoClassStateChanged(ERRORS, conflicts.errorsProperty().get() > 0);
            pseudoClassStateChanged(WARNINGS, conflicts.errorsProperty().get() == 0
                    && conflicts.warningsProperty().get() > 0);
        };
        conflicts.errorsProperty().addListener(o -> refresh.run());
        conflicts.warningsProperty().addListener(o -> refresh.run());
        refresh.run();
    }
}
