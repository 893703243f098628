package org.roadshow.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roadshow.model.Moment;

/** The sweep finds exactly the overlapping pairs a check of every pair finds, on seeded random intervals. */
class OverlapSweepTest {
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Brussels"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Lord_Howe"));
    private static final LocalDateTime BASE = LocalDateTime.of(2025, 3, 29, 20, 0); // spans spring-forward night

    /** Intervals in a short window, so that ties, back-to-back, zero-length and DST gaps all occur. */
    private static List<Commitment> random(Random random, int count, int windowMinutes) {
        List<Commitment> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            LocalDateTime start = BASE.plusMinutes(15L * random.nextInt(windowMinutes / 15));
            LocalDateTime end = start.plusMinutes(15L * random.nextInt(9)); // 0 to 2 hours
            out.add(new Commitment(CommitmentKind.values()[random.nextInt(5)], new UUID(0, out.size() + 1L),
                    "item " + i, "", null, new Moment(start, zone), new Moment(end, zone)));
        }
        return out;
    }

    private static Set<List<UUID>> sweepWithin(List<Commitment> all) {
        Set<List<UUID>> pairs = new HashSet<>();
        OverlapSweep.within(all, (a, b) -> {
            boolean added = pairs.add(ordered(a, b));
            assertEquals(true, added, "each pair once");
            assertEquals(true, OverlapSweep.BY_START.compare(a, b) <= 0, "the one that starts first comes first");
        });
        return pairs;
    }

    private static Set<List<UUID>> bruteWithin(List<Commitment> all) {
        Set<List<UUID>> pairs = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (all.get(i).overlaps(all.get(j))) {
                    pairs.add(ordered(all.get(i), all.get(j)));
                }
            }
        }
        return pairs;
    }

    private static List<UUID> ordered(Commitment a, Commitment b) {
        return a.id().compareTo(b.id()) < 0 ? List.of(a.id(), b.id()) : List.of(b.id(), a.id());
    }

    @Test
    void withinAgreesWithEveryPairOnThousandsOfRandomSets() {
        Random random = new Random(20260301L);
        int overlapping = 0;
        for (int round = 0; round < 1000; round++) {
            List<Commitment> all = random(random, random.nextInt(40), 24 * 60);
            Set<List<UUID>> expected = bruteWithin(all);
            assertEquals(expected, sweepWithin(all), "round " + round);
            overlapping += expected.size();
        }
        assertEquals(true, overlapping > 5_000, "the rounds hold plenty of overlaps: " + overlapping);
    }

    @Test
    void withinAgreesWithEveryPairOnFiveThousandIntervals() {
        List<Commitment> all = random(new Random(7), 5000, 365 * 24 * 60);
        Set<List<UUID>> expected = bruteWithin(all);
        assertEquals(expected, sweepWithin(all));
        assertEquals(true, expected.size() > 100, "some overlap: " + expected.size());
    }

    @Test
    void betweenAgreesWithEveryPairAcrossTwoSets() {
        Random random = new Random(99);
        for (int round = 0; round < 1000; round++) {
            List<Commitment> left = random(random, random.nextInt(25), 12 * 60);
            List<Commitment> right = random(random, random.nextInt(25), 12 * 60).stream()
                    .map(c -> new Commitment(CommitmentKind.SESSION, new UUID(1, c.id().getLeastSignificantBits()),
                            c.name(), "", null, c.start(), c.end()))
                    .toList();
            Set<List<UUID>> expected = new HashSet<>();
            for (Commitment a : left) {
                for (Commitment b : right) {
                    if (a.overlaps(b)) {
                        expected.add(List.of(a.id(), b.id()));
                    }
                }
            }
            Set<List<UUID>> found = new HashSet<>();
            OverlapSweep.between(left, right, (a, b) -> assertEquals(true, found.add(List.of(a.id(), b.id()))));
            assertEquals(expected, found, "round " + round);
        }
    }
}
