package org.roadshow.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where the keyboard is: a lane and, within it, a bar (-1 when the lane has none). Left and right go to the
 * bar before or after in start order; up and down to the neighbouring lane's bar nearest in time.
 */
record TimelineCursor(int lane, int bar) {
    static final TimelineCursor NONE = new TimelineCursor(-1, -1);

    /** The cursor on the first bar showing {@code itemId}, preferring lane {@code preferredLane}. */
    static TimelineCursor on(TimelineLanes lanes, UUID itemId, int preferredLane) {
        List<TimelineLanes.Lane> all = lanes.lanes();
        if (preferredLane >= 0 && preferredLane < all.size()) {
            int i = all.get(preferredLane).indexOf(itemId);
            if (i >= 0) {
                return new TimelineCursor(preferredLane, i);
            }
        }
        for (int l = 0; l < all.size(); l++) {
            int i = all.get(l).indexOf(itemId);
            if (i >= 0) {
                return new TimelineCursor(l, i);
            }
        }
        return NONE;
    }

    TimelineLanes.Bar barIn(TimelineLanes lanes) {
        if (lane < 0 || lane >= lanes.lanes().size()) {
            return null;
        }
        List<TimelineLanes.Bar> bars = lanes.lanes().get(lane).bars();
        return bar >= 0 && bar < bars.size() ? bars.get(bar) : null;
    }

    /** One bar left (-1) or right (+1) in the lane; stays at the ends. From nowhere, the first bar of the first lane. */
    TimelineCursor sideways(TimelineLanes lanes, int step, Instant around) {
        if (lanes.lanes().isEmpty()) {
            return NONE;
        }
        if (lane < 0) {
            return upDown(lanes, 0, around);
        }
        int n = lanes.lanes().get(lane).bars().size();
        if (n == 0) {
            return this;
        }
        return new TimelineCursor(lane, Math.max(0, Math.min(n - 1, bar + step)));
    }

    /** To the lane {@code step} away (stopping at the first and last), on its bar nearest in time to {@code around}. */
    TimelineCursor vertically(TimelineLanes lanes, int step, Instant around) {
        if (lanes.lanes().isEmpty()) {
            return NONE;
        }
        int target = lane < 0 ? 0 : Math.max(0, Math.min(lanes.lanes().size() - 1, lane + step));
        return upDown(lanes, target, around);
    }

    private static TimelineCursor upDown(TimelineLanes lanes, int target, Instant around) {
        List<TimelineLanes.Bar> bars = lanes.lanes().get(target).bars();
        int best = -1;
        long bestGap = Long.MAX_VALUE;
        for (int i = 0; i < bars.size(); i++) {
            TimelineLanes.Bar b = bars.get(i);
            long gap = around.isBefore(b.start()) ? Duration.between(around, b.start()).getSeconds()
                    : around.isAfter(b.end()) ? Duration.between(b.end(), around).getSeconds() : 0;
            if (gap < bestGap) {
                best = i;
                bestGap = gap;
            }
        }
        return new TimelineCursor(target, best);
    }
}
