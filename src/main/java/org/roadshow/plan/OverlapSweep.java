package org.roadshow.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Finds overlapping commitments with a sweep over intervals sorted by start: each one is held against
 * only those still running when it starts, so the work is a sort plus the overlaps found, not every pair.
 * Back-to-back intervals (one ends as the next starts) do not overlap.
 */
final class OverlapSweep {
    /** Start order; ties by kind and id, so that results do not depend on the order items were added. */
    static final Comparator<Commitment> BY_START = OverlapSweep::byStart;

    private OverlapSweep() {
    }

    /** Every overlapping pair among {@code all}, each once, as (the one that starts first, the other). */
    static void within(Collection<Commitment> all, BiConsumer<Commitment, Commitment> out) {
        withinSorted(sorted(all), out);
    }

    /** As {@link #within} for a list already in {@link #BY_START} order. */
    static void withinSorted(List<Commitment> all, BiConsumer<Commitment, Commitment> out) {
        Running running = new Running();
        for (Commitment next : all) {
            running.endBy(next.startInstant());
            running.overlapping(next, out);
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
        Running runningA = new Running();
        Running runningB = new Running();
        BiConsumer<Commitment, Commitment> leftFirst = (other, next) -> out.accept(next, other);
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            boolean fromA = j == b.size() || i < a.size() && BY_START.compare(a.get(i), b.get(j)) <= 0;
            Commitment next = fromA ? a.get(i++) : b.get(j++);
            runningA.endBy(next.startInstant());
            runningB.endBy(next.startInstant());
            if (fromA) {
                runningB.overlapping(next, leftFirst);
                runningA.add(next);
            } else {
                runningA.overlapping(next, out);
                runningB.add(next);
            }
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

    /**
     * What is still running at the sweep's position, in start order: a plain array scanned whole, since only
     * a few things run at once, and everything still running when the next one starts overlaps it (a heap
     * ordered by end saved nothing over the scan that reports the overlaps anyway).
     */
    private static final class Running {
        private Commitment[] items = new Commitment[8];
        private int size;

        /** Drops what has ended by {@code at}: ending as the next starts is no overlap. */
        void endBy(Instant at) {
            int kept = 0;
            for (int k = 0; k < size; k++) {
                if (items[k].endInstant().isAfter(at)) {
                    items[kept++] = items[k];
                }
            }
            Arrays.fill(items, kept, size, null);
            size = kept;
        }

        /** Gives (running one, {@code next}) for each running one that overlaps {@code next}. */
        void overlapping(Commitment next, BiConsumer<Commitment, Commitment> out) {
            for (int k = 0; k < size; k++) {
                if (items[k].overlaps(next)) {
                    out.accept(items[k], next);
                }
            }
        }

        void add(Commitment c) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = c;
        }
    }
}
