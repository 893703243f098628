package org.roadshow.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roadshow.model.TravelBuffers;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.TravelMode;

/**
 * Travel buffers: the time a trip keeps free before a leg departs and after it arrives, as windows held
 * against the person's other own items in one sweep. Only items that do not overlap the leg itself count
 * (an overlap is already a conflict of its own), and never another leg: a connection is the carrier's
 * business.
 */
final class TravelBufferCheck {
    private TravelBufferCheck() {
    }

    /** One buffer window of a leg. */
    private record Window(Commitment leg, TravelMode mode, boolean after, int minutes) {
    }

    /** {@code own} is the person's own items in {@link OverlapSweep#BY_START} order. */
    static void check(UUID person, String name, List<Commitment> own, Map<UUID, TravelMode> modes,
                      TravelBuffers buffers, List<Conflict> out) {
        if (modes.isEmpty()) {
            return;
        }
        Map<Commitment, Window> windows = new IdentityHashMap<>(); // a record's hash would hash its moments
        boolean others = false;
        for (Commitment c : own) {
            if (c.kind() != CommitmentKind.TRAVEL) {
                others = true;
                continue;
            }
            TravelMode mode = modes.getOrDefault(c.id(), TravelMode.OTHER);
            int before = buffers.before(mode);
            int after = buffers.after(mode);
            if (before > 0) {
                Instant start = c.startInstant().minusSeconds(before * 60L);
                windows.put(window(c, start, c.startInstant()), new Window(c, mode, false, before));
            }
            if (after > 0) {
                Instant end = c.endInstant().plusSeconds(after * 60L);
                windows.put(window(c, c.endInstant(), end), new Window(c, mode, true, after));
            }
        }
        if (windows.isEmpty() || !others) {
            return;
        }
        OverlapSweep.betweenSorted(OverlapSweep.sorted(windows.keySet()), own, (w, item) -> {
            if (item.kind() == CommitmentKind.TRAVEL) {
                return; // a connection is the carrier's business
            }
            Window window = windows.get(w);
            Commitment leg = window.leg();
            boolean clear = window.after() ? !item.startInstant().isBefore(leg.endInstant())
                    : !item.endInstant().isAfter(leg.startInstant());
            if (clear) { // otherwise it overlaps the leg itself
                out.add(conflict(person, name, window, item, w));
            }
        });
    }

    /**
     * The window as a commitment with the leg's id, so that the sweep's order stays stable. Only its instants
     * mark the window: it keeps the leg's moments, as no sentence shows a window's own (and turning an instant
     * back into a wall-clock time costs a look-up in the zone's rules for each).
     */
    private static Commitment window(Commitment leg, Instant start, Instant end) {
        return new Commitment(CommitmentKind.TRAVEL, leg.id(), leg.name(), leg.place(), null, leg.start(), leg.end(),
                start, end);
    }

    private static Conflict conflict(UUID person, String name, Window window, Commitment item, Commitment w) {
        Commitment leg = window.leg();
        Instant from = item.startInstant().isAfter(w.startInstant()) ? item.startInstant() : w.startInstant();
        Instant until = item.endInstant().isBefore(w.endInstant()) ? item.endInstant() : w.endInstant();
        if (window.after()) {
            return new Conflict(ConflictKind.TOO_SOON_AFTER_TRAVEL, List.of(person), name, leg, item, from, until,
                    List.of(leg.id(), item.id()), Sentence.later(() -> afterText(name, window, item)));
        }
        return new Conflict(ConflictKind.TOO_CLOSE_BEFORE_TRAVEL, List.of(person), name, item, leg, from, until,
                List.of(item.id(), leg.id()), Sentence.later(() -> beforeText(name, window, item)));
    }

    private static String afterText(String name, Window window, Commitment item) {
        Commitment leg = window.leg();
        boolean flight = window.mode() == TravelMode.FLIGHT;
        long gap = Duration.between(leg.endInstant(), item.startInstant()).toMinutes();
        return name + " " + ConflictText.verb(item) + " (" + ConflictText.when(item, false) + ") "
                + (gap == 0 ? "just as " : ConflictText.minutes(gap) + " after ") + legText(leg)
                + (flight ? " lands" : " arrives") + "; the trip keeps " + window.minutes() + " minutes"
                + (flight ? " after landing." : " around a train or other ground travel.");
    }

    private static String beforeText(String name, Window window, Commitment item) {
        Commitment leg = window.leg();
        long gap = Duration.between(item.endInstant(), leg.startInstant()).toMinutes();
        return name + " " + ConflictText.verb(item) + " (" + ConflictText.when(item, false) + ") "
                + (gap == 0 ? "until " : "until " + ConflictText.minutes(gap) + " before ") + legText(leg)
                + " departs; the trip keeps " + window.minutes() + " minutes"
                + (window.mode() == TravelMode.FLIGHT ? " before a flight." : " around a train or other ground travel.");
    }

    private static String legText(Commitment leg) {
        return ConflictText.noun(leg) + " (" + ConflictText.when(leg, false) + ")";
    }

    /** The mode of each leg of the trip, which decides its buffers. */
    static Map<UUID, TravelMode> modes(List<TravelLeg> legs) {
        Map<UUID, TravelMode> modes = new HashMap<>();
        for (TravelLeg l : legs) {
            modes.put(l.id(), l.mode());
        }
        return modes;
    }
}
