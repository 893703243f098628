package org.roadshow.ui.timeline;

import java.time.Instant;
import java.util.List;
import org.roadshow.plan.BoothCoverage;
import org.roadshow.plan.Whereabouts;

/** What is under the pointer: a bar, a clock jump, a stretch of where someone is, a booth's staffing. */
final class TimelineHits {
    /** How near in pixels a pointer must be to a thin thing (a short bar, a clock jump). */
    private static final double SLACK = 3;

    private TimelineHits() {
    }

    /** The bar at canvas (x, y), the one drawn on top where bars meet; NONE if there is none. */
    static TimelineCursor bar(TimelineLanes lanes, TimelineGeometry geo, double x, double y) {
        int lane = geo.laneAt(y);
        if (lane < 0 || x < TimelineGeometry.NAMES) {
            return TimelineCursor.NONE;
        }
        List<TimelineLanes.Bar> bars = lanes.lanes().get(lane).bars();
        Instant left = geo.at(x - SLACK);
        Instant right = geo.at(x + SLACK);
        int found = -1;
        for (int b = lanes.lanes().get(lane).firstReaching(left); b < bars.size(); b++) {
            TimelineLanes.Bar bar = bars.get(b);
            if (bar.start().isAfter(right)) {
                break;
            }
            double top = geo.rowTop(lane, bar.row());
            if (!bar.end().isBefore(left) && y >= top && y <= top + TimelineGeometry.ROW) {
                found = b;
            }
        }
        return found < 0 ? TimelineCursor.NONE : new TimelineCursor(lane, found);
    }

    /** The tooltip for what is at canvas (x, y), or null where there is nothing to say. */
    static String tooltip(TimelineLanes lanes, TimelineGeometry geo, double x, double y) {
        TimelineCursor hit = bar(lanes, geo, x, y);
        if (hit != TimelineCursor.NONE) {
            return TimelineText.barTooltip(hit.barIn(lanes));
        }
        int i = geo.laneAt(y);
        if (i < 0 || x < TimelineGeometry.NAMES) {
            return null;
        }
        TimelineLanes.Lane lane = lanes.lanes().get(i);
        Instant at = geo.at(x);
        if (lane.whereabouts() != null) {
            for (Whereabouts.ClockJump j : lane.whereabouts().jumps()) {
                if (Math.abs(geo.x(j.at()) - x) <= SLACK + 2) {
                    return TimelineText.jumpTooltip(lane.title(), j);
                }
            }
            double band = geo.bandTop(i);
            if (y >= band && y <= band + TimelineGeometry.BAND) {
                for (Whereabouts.Stretch s : lane.whereabouts().stretches()) {
                    if (!at.isBefore(s.from()) && at.isBefore(s.until())) {
                        return TimelineText.stretchTooltip(lane.title(), s);
                    }
                }
            }
        }
        for (BoothCoverage.Span s : lane.coverage()) {
            if (!at.isBefore(s.from()) && at.isBefore(s.until())) {
                return TimelineText.coverageTooltip(lane.title(), s, lane.zone());
            }
        }
        return null;
    }
}
