package org.roadshow.ui.timeline;

import java.time.Instant;
import javafx.scene.input.KeyEvent;

/**
 * The timeline's keys: arrows move between bars (left, right) and lanes (up, down) and select what they
 * land on, Shift+arrows scroll instead, Enter opens the item's form, + and − zoom around the bar under the
 * cursor (or the middle), Page Up and Page Down scroll a screen of time, Home goes to the trip's start.
 */
final class TimelineKeys {
    private final TripTimelineSkin skin;

    TimelineKeys(TripTimelineSkin skin) {
        this.skin = skin;
    }

    void handle(KeyEvent e) {
        TripTimeline c = skin.getSkinnable();
        TimelineLanes lanes = c.lanes();
        TimelineGeometry geo = skin.geometry();
        TimelineCursor cursor = skin.cursor();
        TimelineLanes.Bar bar = cursor.barIn(lanes);
        Instant around = bar != null ? bar.start() : geo.at((TimelineGeometry.NAMES + geo.width) / 2);
        double screen = geo.width - TimelineGeometry.NAMES;
        boolean handled = true;
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> {
                if (e.isShiftDown()) {
                    skin.scrollBy(-screen / 8, 0);
                } else {
                    skin.moveCursor(cursor.sideways(lanes, -1, around), false);
                }
            }
            case RIGHT, KP_RIGHT -> {
                if (e.isShiftDown()) {
                    skin.scrollBy(screen / 8, 0);
                } else {
                    skin.moveCursor(cursor.sideways(lanes, 1, around), false);
                }
            }
            case UP, KP_UP -> {
                if (e.isShiftDown()) {
                    skin.scrollBy(0, -TimelineGeometry.ROW * 2);
                } else {
                    skin.moveCursor(cursor.vertically(lanes, -1, around), false);
                }
            }
            case DOWN, KP_DOWN -> {
                if (e.isShiftDown()) {
                    skin.scrollBy(0, TimelineGeometry.ROW * 2);
                } else {
                    skin.moveCursor(cursor.vertically(lanes, 1, around), false);
                }
            }
            case ENTER -> {
                if (bar != null) {
                    c.onOpen().accept(bar.item());
                }
            }
            case PLUS, EQUALS, ADD -> skin.zoomAt(anchorX(geo, bar), -1);
            case MINUS, SUBTRACT -> skin.zoomAt(anchorX(geo, bar), 1);
            case PAGE_UP -> skin.scrollBy(-screen * 0.9, 0);
            case PAGE_DOWN -> skin.scrollBy(screen * 0.9, 0);
            case HOME -> c.showFrom(lanes.from());
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    /** Zoom keeps the cursor's bar in place if it is in view, else the middle of the view. */
    private static double anchorX(TimelineGeometry geo, TimelineLanes.Bar bar) {
        if (bar != null) {
            double x = geo.x(bar.start());
            if (x >= TimelineGeometry.NAMES && x <= geo.width) {
                return x;
            }
        }
        return (TimelineGeometry.NAMES + geo.width) / 2;
    }
}
