package org.roadshow.ui.roster;

import java.util.Optional;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;

/**
 * Dragging people about the roster, with JavaFX's press-drag-release gesture (inside the window, so it needs
 * no clipboard and behaves the same under test): a person is picked up from the team list or from a
 * shift, and dropped on a shift, or on the team list to take them off.
 */
final class RosterDrag {
    /** Who is being dragged, and from which shift (null from the team list). */
    record Payload(UUID person, UUID fromShift) {
    }

    interface Target {
        void dropped(Payload payload);
    }

    private Payload dragging;

    Optional<Payload> current() {
        return Optional.ofNullable(dragging);
    }

    void source(Node node, UUID person, UUID fromShift) {
        node.setOnDragDetected(e -> {
            dragging = new Payload(person, fromShift);
            node.startFullDrag();
            node.getStyleClass().add("roster-dragging");
            e.consume();
        });
        node.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            node.getStyleClass().remove("roster-dragging");
            // the release reaches the targets first; what is still held was dropped nowhere
            dragging = null;
        });
    }

    void target(Node node, Target target) {
        node.addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, e -> {
            if (dragging != null) {
                node.getStyleClass().add("roster-drop-here");
            }
        });
        node.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> node.getStyleClass().remove("roster-drop-here"));
        node.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            node.getStyleClass().remove("roster-drop-here");
            Payload payload = dragging;
            dragging = null;
            if (payload != null) {
                target.dropped(payload);
            }
            e.consume();
        });
    }
}
