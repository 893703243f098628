package org.roadshow.ui.window;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Keeps the sidebar at its share of the window's width as the window is resized, between its narrowest and widest.
 * The share is the one it started with, or the one the user last dragged the divider to; a window too narrow or
 * too wide for it clamps the width without forgetting the share, so the sidebar grows back when the window does.
 */
final class SidebarWidth {
    private final SplitPane split;
    private final double min;
    private final double max;
    private double share;
    private boolean dragging;

    SidebarWidth(SplitPane split, double share, double min, double max) {
        this.split = split;
        this.share = share;
        this.min = min;
        this.max = max;
        split.setDividerPositions(share);
        split.widthProperty().addListener(o -> apply());
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dragging = onDivider(e.getTarget()));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging) {
                dragging = false;
                this.share = split.getDividerPositions()[0];
            }
        });
    }

    /** The share the sidebar keeps. */
    double share() {
        return share;
    }

    /** The sidebar's width in a split pane {@code width} wide: its share, within its narrowest and widest. */
    static double width(double share, double width, double min, double max) {
        return Math.max(min, Math.min(max, Math.min(share * width, width - min)));
    }

    private void apply() {
        double w = split.getWidth();
        if (dragging || w <= 0) {
            return;
        }
        split.setDividerPositions(width(share, w, min, max) / w);
    }

    private static boolean onDivider(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }
}
