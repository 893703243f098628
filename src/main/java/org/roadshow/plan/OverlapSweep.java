package org.roadshow.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BiConsumer;

/**
 * Finds overlapping commitments with a sweep over intervals sorted by start: each one is held against
 * only those still running when it starts (kept in a queue by end), so the work is a sort plus the
 * overlaps found, not every pair. Back-to-back intervals (one ends as the next starts) do not overlap.
 */
final class OverlapSweep {
    /** Start order; ties by kind and id, so that results do not depend on the order items were added. */
    static final Comparator<Commitment> BY_START = OverlapSweep::byStart;
    private static final Comparator<Commitment> BY_END = (a, b) -> a.endInstant().compareTo(b.endInstant());

    private OverlapSweep() {
    }

    /** Every overlapping pair among {@code all}, each once, as (the one that starts first, the other). */
    static void within(Collection<Commitment> all, BiConsumer<Commitment, Commitment> out) {
        withinSorted(sorted(all), out);
    }

    /** As {@link #within} for a list already in {@link #BY_START} order. */
    static void withinSorted(List<Commitment> all, BiConsumer<Commitment, Commitment> out) {
        PriorityQueue<Commitment> running = new PriorityQueue<>(BY_END);
        for (Commitment next : all) {
            endBefore(running, next);
            for (Commitment earlier : running) {
                if (earlier.overlaps(next)) {
                    out.accept(earlier, next);
                }
            }
            running.add(next);
        }
    }

    /** Every overlapping pair of one from {@code left} and one from {@code right}, as (left, right). */
    static void between(Collection<Commitment> left, Collection<Commitment> right,
                        BiConsumer<Commitment, Commitment> out) {
        betweenSorted(sorted(left), sorted(right), out);
    }

    /** As {@link #between} for lists already in {@link #BY_START} order. */
    static void betweenSorted(List<Commitment> a, List<Commitment> b, BiConsumer<Commitment, Commitment> out) {
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        PriorityQueue<Commitment> runningA = new PriorityQueue<>(BY_END);
        PriorityQueue<Commitment> runningB = new PriorityQueue<>(BY_END);
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            boolean fromA = j == b.size() || i < a.size() && BY_START.compare(a.get(i), b.get(j)) <= 0;
            Commitment next = fromA ? a.get(i++) : b.get(j++);
            endBefore(runningA, next);
            endBefore(runningB, next);
            for (Commitment other : fromA ? runningB : runningA) {
                if (other.overlaps(next)) {
                    out.accept(fromA ? next : other, fromA ? other : next);
                }
            }
            (fromA ? runningA : runningB).add(next);
        }
    }

    // Written out rather than chained with thenComparing: the sort is most of a big check's work.
    private static int byStart(Commitment a, Commitment b) {
        int c = a.startInstant().compareTo(b.startInstant());
        if (c == 0) {
            c = a.kind().compareTo(b.kind());
        }
        return c != 0 ? c : a.id().compareTo(b.id());
    }

    static List<Commitment> sorted(Collection<Commitment> all) {
        List<Commitment> list = new ArrayList<>(all);
        list.sort(BY_START);
        return list;
    }

    /** Drops what has ended by the time {@code next} starts. */
    private static void endBefore(PriorityQueue<Commitment> running, Commitment next) {
        while (!running.isEmpty() && !running.peek().endInstant().isAfter(next.startInstant())) {
            running.poll();
        }
    }
}
