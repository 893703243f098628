package org.roadshow.plan.roster;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * The rules of {@link RosterFill} as Timefold constraints, after the employee-scheduling quickstart. Hard: never
 * where the person is busy, never two overlapping places, never over the daily maximum. Medium: every shift to
 * its minimum (a missing place there weighs more than all places towards the maximum), then towards the
 * maximum. Soft: no back-to-back stretch over the limit (heavy), then an even spread (sum of squared hours).
 */
public class TimefoldRosterConstraints implements ConstraintProvider {
    private static final long STRETCH = 1_000_000;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
            f.forEach(TimefoldPlace.class).filter(p -> !p.isPinned() && p.getSlot().busy.contains(p.getMember().id))
                    .penalizeLong(HardMediumSoftLongScore.ONE_HARD).asConstraint("busy"),
            f.forEachUniquePair(TimefoldPlace.class, equal(TimefoldPlace::getMember),
                    overlapping(p -> p.getSlot().start, p -> p.getSlot().end))
                    .penalizeLong(HardMediumSoftLongScore.ONE_HARD).asConstraint("two places at once"),
            f.forEach(TimefoldPlace.class)
                    .groupBy(TimefoldPlace::getMember, p -> p.getSlot().day, sum(p -> p.getSlot().minutes))
                    .filter((m, day, minutes) -> m.maxMinutesPerDay > 0
                            && m.elsewhereByDay.getOrDefault(day, 0) + minutes > m.maxMinutesPerDay)
                    .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                            (m, day, minutes) -> m.elsewhereByDay.getOrDefault(day, 0) + minutes - m.maxMinutesPerDay)
                    .asConstraint("daily maximum"),
            f.forEachIncludingUnassigned(TimefoldPlace.class)
                    .groupBy(TimefoldPlace::getSlot, sum(p -> p.getMember() == null ? 0 : 1))
                    .filter((s, n) -> n < s.places)
                    .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM,
                            (s, n) -> 10_000L * Math.max(0, s.minStaff - n) + (s.places - n))
                    .asConstraint("empty places"),
            f.forEach(TimefoldPlace.class)
                    .join(TimefoldPlace.class, equal(TimefoldPlace::getMember), equal(p -> p.getSlot().end, p -> p.getSlot().start))
                    .filter((a, b) -> b.getSlot().end - a.getSlot().start > a.getSlot().stretchLimitSeconds)
                    .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (a, b) -> STRETCH).asConstraint("long stretch"),
            f.forEach(TimefoldPlace.class)
                    .join(TimefoldPlace.class, equal(TimefoldPlace::getMember), equal(p -> p.getSlot().end, p -> p.getSlot().start))
                    .join(TimefoldPlace.class, equal((a, b) -> b.getMember(), TimefoldPlace::getMember),
                            equal((a, b) -> b.getSlot().end, p -> p.getSlot().start))
                    .filter((a, b, c) -> c.getSlot().end - a.getSlot().start > a.getSlot().stretchLimitSeconds)
                    .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (a, b, c) -> STRETCH).asConstraint("long stretch of three"),
            f.forEach(TimefoldPlace.class).groupBy(TimefoldPlace::getMember, sum(p -> p.getSlot().minutes))
                    .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (m, minutes) -> {
                        long quarters = (m.elsewhereTotal + minutes) / 15;
                        return quarters * quarters;
                    }).asConstraint("uneven hours"),
        };
    }
}
