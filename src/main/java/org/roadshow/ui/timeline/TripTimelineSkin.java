package org.roadshow.ui.timeline;

import java.time.Instant;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;

/**
 * Draws a {@link TripTimeline} on one canvas the size of the view, repainting only what is in view when
 * something changes (at most once a frame), with scroll bars for time and lanes. Mouse: click selects,
 * Ctrl-click adds, double click opens, drag on empty space pans, wheel scrolls lanes, Shift+wheel scrolls
 * time, Ctrl+wheel zooms. Keys: see {@link TimelineKeys}.
 */
final class TripTimelineSkin extends SkinBase<TripTimeline> {
    private final Canvas canvas = new Canvas();
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private final TimelinePainter painter;
    private final Tooltip tip = new Tooltip();
    private final Timeline ticking;
    private TimelineGeometry geo;
    private TimelineCursor cursor = TimelineCursor.NONE;
    private double scrollY;
    private boolean dirty = true;
    private boolean syncing;
    private String hoverText;
    private double panX = Double.NaN;
    private double panY;
    private Instant panStart;
    private double panScrollY;

    TripTimelineSkin(TripTimeline control) {
        super(control);
        painter = new TimelinePainter(control);
        vbar.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(canvas, hbar, vbar);
        tip.setShowDelay(Duration.millis(250));
        tip.setShowDuration(Duration.seconds(30));
        tip.setWrapText(true);
        tip.setMaxWidth(460);

        registerChangeListener(control.lanesProperty(), o -> {
            painter.resetZones();
            cursor = TimelineCursor.NONE;
            followSelection(false);
            invalidate();
        });
        registerChangeListener(control.zoomLevelProperty(), o -> invalidate());
        registerChangeListener(control.viewStartProperty(), o -> invalidate());
        registerChangeListener(control.displayZoneProperty(), o -> invalidate());
        registerChangeListener(control.clockProperty(), o -> invalidate());
        control.selectedIds().addListener((SetChangeListener<java.util.UUID>) ch -> {
            followSelection(true);
            invalidate();
        });
        for (var p : new javafx.css.StyleableObjectProperty<?>[] {control.laneFill, control.laneAltFill, control.gridLine,
                control.dayLine, control.headerFill, control.text, control.mutedText, control.barText, control.talkFill,
                control.shiftFill, control.demoFill, control.travelFill, control.meetingFill, control.conflict,
                control.warning, control.selection, control.nowLine, control.understaffed, control.staffed, control.jump}) {
            registerChangeListener(p, o -> invalidate());
        }
        hbar.valueProperty().addListener(o -> {
            if (!syncing) {
                control.showFrom(control.lanes().from().plusSeconds(Math.round(hbar.getValue())));
            }
        });
        vbar.valueProperty().addListener(o -> {
            if (!syncing) {
                scrollY = vbar.getValue();
                invalidate();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> panX = Double.NaN);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        control.addEventHandler(KeyEvent.KEY_PRESSED, new TimelineKeys(this)::handle);
        // the now-line moves: repaint each half minute while the timeline is on screen
        ticking = new Timeline(new KeyFrame(Duration.seconds(30), e -> invalidate()));
        ticking.setCycleCount(Timeline.INDEFINITE);
        control.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                ticking.stop();
            } else {
                ticking.play();
            }
        });
    }

    private void invalidate() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double sb = hbar.prefHeight(-1);
        double vw = vbar.prefWidth(-1);
        double cw = Math.max(0, w - vw);
        double ch = Math.max(0, h - sb);
        hbar.resizeRelocate(x + TimelineGeometry.NAMES, y + ch, Math.max(0, cw - TimelineGeometry.NAMES), sb);
        vbar.resizeRelocate(x + cw, y, vw, ch);
        canvas.relocate(x, y);
        if (canvas.getWidth() != cw || canvas.getHeight() != ch) {
            canvas.setWidth(cw);
            canvas.setHeight(ch);
            dirty = true;
        }
        if (dirty) {
            dirty = false;
            paint();
        }
    }

    /** Works out the geometry for the current state, brings the scroll bars in line, and draws. */
    private void paint() {
        TripTimeline c = getSkinnable();
        TimelineLanes lanes = c.lanes();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        int level = c.zoomLevelProperty().get();
        double spp = TimeScale.secondsPerPixel(level);
        double span = lanes.until().getEpochSecond() - lanes.from().getEpochSecond();
        double visible = Math.max(0, w - TimelineGeometry.NAMES) * spp;
        double offset = c.viewStartProperty().get().getEpochSecond() - lanes.from().getEpochSecond();
        double clamped = Math.max(0, Math.min(offset, Math.max(0, span - visible)));
        Instant origin = lanes.from().plusSeconds(Math.round(clamped));
        if (!origin.equals(c.viewStartProperty().get())) {
            c.showFrom(origin); // scrolled past an end: the property says where the view really starts
        }
        TimelineGeometry probe = new TimelineGeometry(lanes, level, origin, 0, w, h);
        double viewHeight = Math.max(0, h - TimelineGeometry.HEADER);
        scrollY = Math.max(0, Math.min(scrollY, probe.contentHeight() - viewHeight));
        geo = new TimelineGeometry(lanes, level, origin, scrollY, w, h);
        syncing = true;
        try {
            hbar.setMax(Math.max(0, span - visible));
            hbar.setVisibleAmount(visible);
            hbar.setBlockIncrement(visible * 0.8);
            hbar.setUnitIncrement(visible / 10);
            hbar.setValue(clamped);
            vbar.setMax(Math.max(0, geo.contentHeight() - viewHeight));
            vbar.setVisibleAmount(viewHeight);
            vbar.setUnitIncrement(TimelineGeometry.ROW * 2);
            vbar.setValue(scrollY);
        } finally {
            syncing = false;
        }
        painter.paint(canvas.getGraphicsContext2D(), geo, cursor);
    }

    /** The geometry as last drawn (made now if nothing was drawn yet). */
    TimelineGeometry geometry() {
        if (geo == null || dirty) {
            getSkinnable().applyCss();
            layoutChildren(0, 0, getSkinnable().getWidth(), getSkinnable().getHeight());
            if (geo == null) {
                paint();
            }
        }
        return geo;
    }

    TimelineCursor cursor() {
        return cursor;
    }

    /** Puts the keyboard cursor on a bar, selects its item and scrolls it into view. */
    void moveCursor(TimelineCursor next, boolean adding) {
        cursor = next;
        TimelineLanes.Bar bar = next.barIn(getSkinnable().lanes());
        if (bar != null) {
            reveal(next, bar);
            getSkinnable().onChoose().accept(new TripTimeline.Pick(bar.item(), adding));
        }
        invalidate();
    }

    /** Scrolls so that the bar's start and its lane are in view. */
    private void reveal(TimelineCursor at, TimelineLanes.Bar bar) {
        TimelineGeometry g = geometry();
        double x0 = g.x(bar.start());
        if (x0 < TimelineGeometry.NAMES + 10 || x0 > g.width - 60) {
            double quarter = (g.width - TimelineGeometry.NAMES) / 4;
            getSkinnable().showFrom(TimeScale.at(-quarter, bar.start(), g.level));
        }
        double top = g.laneTop(at.lane());
        double bottom = g.laneBottom(at.lane());
        if (top < TimelineGeometry.HEADER) {
            scrollY += top - TimelineGeometry.HEADER;
        } else if (bottom > g.height) {
            scrollY += bottom - g.height;
        }
        invalidate();
    }

    /** Moves the cursor to a selected item when the selection changed elsewhere, and scrolls to it. */
    private void followSelection(boolean scroll) {
        TripTimeline c = getSkinnable();
        TimelineLanes.Bar current = cursor.barIn(c.lanes());
        if (c.selectedIds().isEmpty() || current != null && c.selectedIds().contains(current.id())) {
            return;
        }
        for (java.util.UUID id : c.selectedIds()) {
            TimelineCursor found = TimelineCursor.on(c.lanes(), id, cursor.lane());
            if (found != TimelineCursor.NONE) {
                cursor = found;
                if (scroll && c.getScene() != null) {
                    reveal(found, found.barIn(c.lanes()));
                }
                return;
            }
        }
    }

    /** Zooms by {@code steps} levels keeping the instant at canvas x where it is. */
    void zoomAt(double x, int steps) {
        TripTimeline c = getSkinnable();
        TimelineGeometry g = geometry();
        Instant anchor = g.at(x);
        int level = TimeScale.clamp(c.zoomLevelProperty().get() + steps);
        c.zoomLevelProperty().set(level);
        c.showFrom(TimeScale.at(-(x - TimelineGeometry.NAMES), anchor, level));
    }

    /** Scrolls time by {@code pixels} (positive: later) and lanes by {@code lanePixels}. */
    void scrollBy(double pixels, double lanePixels) {
        TripTimeline c = getSkinnable();
        TimelineGeometry g = geometry();
        if (pixels != 0) {
            c.showFrom(TimeScale.at(pixels, g.origin, g.level));
        }
        if (lanePixels != 0) {
            scrollY += lanePixels;
            invalidate();
        }
    }

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        TimelineCursor hit = TimelineHits.bar(getSkinnable().lanes(), geometry(), e.getX(), e.getY());
        if (hit != TimelineCursor.NONE && e.getButton() == MouseButton.PRIMARY) {
            cursor = hit;
            TimelineLanes.Bar bar = hit.barIn(getSkinnable().lanes());
            getSkinnable().onChoose().accept(new TripTimeline.Pick(bar.item(), e.isShortcutDown()));
            if (e.getClickCount() == 2) {
                getSkinnable().onOpen().accept(bar.item());
            }
            invalidate();
        } else if (e.getButton() == MouseButton.PRIMARY) {
            panX = e.getX();
            panY = e.getY();
            panStart = geometry().origin;
            panScrollY = scrollY;
        }
    }

    private void dragged(MouseEvent e) {
        if (!Double.isNaN(panX)) {
            TimelineGeometry g = geometry();
            getSkinnable().showFrom(TimeScale.at(panX - e.getX(), panStart, g.level));
            scrollY = panScrollY + panY - e.getY();
            invalidate();
        }
    }

    private void hover(MouseEvent e) {
        String text = TimelineHits.tooltip(getSkinnable().lanes(), geometry(), e.getX(), e.getY());
        if (text == null) {
            if (hoverText != null) {
                Tooltip.uninstall(canvas, tip);
            }
        } else if (!text.equals(hoverText)) {
            tip.setText(text);
            if (hoverText == null) {
                Tooltip.install(canvas, tip);
            }
        }
        hoverText = text;
    }

    /** The text of the tooltip the pointer would show now, or null. */
    String hoverText() {
        return hoverText;
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown() || e.isControlDown()) {
            if (e.getDeltaY() != 0) {
                zoomAt(e.getX(), e.getDeltaY() > 0 ? -1 : 1);
            }
        } else if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            double d = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            scrollBy(-d, 0);
        } else {
            scrollBy(0, -e.getDeltaY());
        }
        e.consume();
    }

    Canvas canvas() {
        return canvas;
    }
}
