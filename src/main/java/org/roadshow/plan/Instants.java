package org.roadshow.plan;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.Map;
import org.roadshow.model.Moment;

/**
 * The instants of many wall-clock times, the same as {@link Moment#instant()} gives, for one task (a conflict
 * check, a timeline's lanes; not shared between threads). Each zone's offset is kept with the stretch of
 * wall-clock time between the zone's transitions where it is the only one, so a trip's times, nearly all in a
 * few zones and weeks, cost one look-up in the zone's rules per zone and stretch instead of one each (the
 * look-up was half the conflict check of a big project). Times in a gap or an overlap (clocks going forward
 * or back) are worked out by {@link Moment#instant()} itself.
 */
public final class Instants {
    /** Where {@code offset} is a zone's only one: local epoch seconds from {@code from} (inclusive) to {@code until}. */
    private record Stretch(long from, long until, int offset) {
    }

    private final Map<ZoneId, Stretch> stretches = new HashMap<>();
    private ZoneId lastZone;
    private Stretch last;

    public Instant of(Moment moment) {
        LocalDateTime time = moment.time();
        ZoneId zone = moment.zone();
        long local = time.toEpochSecond(ZoneOffset.UTC);
        Stretch s = zone.equals(lastZone) ? last : stretches.get(zone);
        if (s == null || local < s.from() || local >= s.until()) {
            s = stretch(time, zone, local);
            if (s == null) {
                return moment.instant();
            }
            stretches.put(zone, s);
        }
        lastZone = zone;
        last = s;
        return Instant.ofEpochSecond(local - s.offset(), time.getNano());
    }

    /** The stretch around {@code time} in the zone, or null when the time is in a gap or an overlap. */
    private static Stretch stretch(LocalDateTime time, ZoneId zone, long local) {
        ZoneRules rules = zone.getRules();
        if (rules.isFixedOffset()) {
            return new Stretch(Long.MIN_VALUE, Long.MAX_VALUE, rules.getOffset(Instant.EPOCH).getTotalSeconds());
        }
        if (rules.getTransition(time) != null) {
            return null;
        }
        ZoneOffset offset = rules.getOffset(time);
        Instant at = time.toInstant(offset);
        // a second on: previousTransition leaves out a transition at {@code at} itself, the one that began the offset
        ZoneOffsetTransition previous = rules.previousTransition(at.plusSeconds(1));
        ZoneOffsetTransition next = rules.nextTransition(at);
        if (previous != null && !previous.getOffsetAfter().equals(offset)
                || next != null && !next.getOffsetBefore().equals(offset)) {
            return null; // not the transitions around the offset: leave it to Moment
        }
        // a transition's wall-clock times on both sides are a gap or an overlap: the stretch lies between them
        long from = previous == null ? Long.MIN_VALUE : Math.max(localSeconds(previous.getDateTimeBefore()),
                localSeconds(previous.getDateTimeAfter()));
        long until = next == null ? Long.MAX_VALUE : Math.min(localSeconds(next.getDateTimeBefore()),
                localSeconds(next.getDateTimeAfter()));
        if (local < from || local >= until) {
            return null; // not where the rules said: leave it to Moment
        }
        return new Stretch(from, until, offset.getTotalSeconds());
    }

    private static long localSeconds(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC);
    }
}
