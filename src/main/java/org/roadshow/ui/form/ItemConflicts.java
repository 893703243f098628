package org.roadshow.ui.form;

import java.util.List;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.roadshow.plan.Conflict;
import org.roadshow.plan.Conflicts;
import org.roadshow.plan.Severity;
import org.roadshow.model.Project;

/** The conflicts of one item, for its form: one line each, under the fields; empty (and taking no room) when none. */
public final class ItemConflicts extends VBox {
    public ItemConflicts() {
        super(4);
        getStyleClass().add("item-conflicts");
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    /** Shows the item's conflicts in the project as it is now. */
    public void show(Project project, UUID itemId) {
        List<Conflict> found = itemId == null ? List.of() : Conflicts.forItem(project, itemId);
        getChildren().clear();
        for (Conflict c : found) {
            Label l = new Label((c.severity() == Severity.ERROR ? "Conflict: " : "Warning: ") + c.message());
            l.setWrapText(true);
            l.getStyleClass().add(c.severity() == Severity.ERROR ? "conflict-error-text" : "conflict-warning-text");
            getChildren().add(l);
        }
        setVisible(!found.isEmpty());
    }

    /** The lines shown, one per conflict. */
    public List<String> lines() {
        return getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }
}
