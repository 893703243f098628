package org.roadshow.ui.timeline;

import java.time.Instant;
import java.util.List;

/**
 * Where things are on the timeline's canvas: the header and the name column, each lane's top and height
 * (a person's lane has the band of where they are above its bars, a booth's the
 * strip of its staffing), and the x of an instant at the current
 * zoom and scroll position.
 */
final class TimelineGeometry {
    static final double HEADER = 46;
    static final double NAMES = 190;
    static final double PAD = 6;
    static final double BAND = 14;
    static final double ROW = 24;
    static final double ROW_GAP = 3;

    private final TimelineLanes lanes;
    private final double[] tops;
    private final double total;
    final int level;
    final Instant origin;
    final double scrollY;
    final double width;
    final double height;

    TimelineGeometry(TimelineLanes lanes, int level, Instant origin, double scrollY, double width, double height) {
        this.lanes = lanes;
        this.level = level;
        this.origin = origin;
        this.scrollY = scrollY;
        this.width = width;
        this.height = height;
        List<TimelineLanes.Lane> all = lanes.lanes();
        tops = new double[all.size() + 1];
        double y = 0;
        for (int i = 0; i < all.size(); i++) {
            tops[i] = y;
            y += laneHeight(all.get(i));
        }
        tops[all.size()] = y;
        total = y;
    }

    static double laneHeight(TimelineLanes.Lane lane) {
        double band = BAND + PAD;
        return PAD + band + lane.rows() * (ROW + ROW_GAP) - ROW_GAP + PAD;
    }

    /** The height of all lanes together. */
    double contentHeight() {
        return total;
    }

    /** The y on the canvas of the top of lane {@code i}. */
    double laneTop(int i) {
        return HEADER + tops[i] - scrollY;
    }

    double laneBottom(int i) {
        return HEADER + tops[i + 1] - scrollY;
    }

    /** The y of the band of lane {@code i}: where a person is, how a booth is staffed. */
    double bandTop(int i) {
        return laneTop(i) + PAD;
    }

    /** The y of row {@code row} of bars in lane {@code i}. */
    double rowTop(int i, int row) {
        return laneTop(i) + PAD + BAND + PAD + row * (ROW + ROW_GAP);
    }

    /** The lane at canvas y, or -1. */
    int laneAt(double y) {
        double content = y - HEADER + scrollY;
        if (y < HEADER || content < 0 || content >= total) {
            return -1;
        }
        int lo = 0;
        int hi = tops.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (tops[mid] <= content) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    double x(Instant at) {
        return NAMES + TimeScale.x(at, origin, level);
    }

    Instant at(double x) {
        return TimeScale.at(x - NAMES, origin, level);
    }

    /** The first and last instants in view. */
    Instant left() {
        return origin;
    }

    Instant right() {
        return at(width);
    }
}
