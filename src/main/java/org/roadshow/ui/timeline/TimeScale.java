package org.roadshow.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How time maps to pixels: a zoom level (seconds per pixel, from a few minutes across a screen to several
 * weeks) and the step between labelled ticks at that level.
 */
final class TimeScale {
    /** Seconds per pixel, closest first: 1 minute = 4 px up to 1 week = 63 px. */
    static final List<Double> LEVELS = List.of(15.0, 30.0, 60.0, 120.0, 240.0, 480.0, 900.0, 1800.0, 3600.0,
            7200.0, 9600.0);
    /** The level a trip opens at: one hour is 60 px. */
    static final int DEFAULT_LEVEL = 2;
    private static final List<Duration> STEPS = List.of(Duration.ofMinutes(5), Duration.ofMinutes(10),
            Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2),
            Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(2),
            Duration.ofDays(7));
    /** Ticks closer than this many pixels would crowd their labels. */
    private static final double MIN_TICK_PX = 56;

    private TimeScale() {
    }

    static double secondsPerPixel(int level) {
        return LEVELS.get(clamp(level));
    }

    static int clamp(int level) {
        return Math.max(0, Math.min(LEVELS.size() - 1, level));
    }

    /** The smallest step whose ticks are at least {@link #MIN_TICK_PX} apart. */
    static Duration tickStep(int level) {
        double spp = secondsPerPixel(level);
        for (Duration step : STEPS) {
            if (step.getSeconds() / spp >= MIN_TICK_PX) {
                return step;
            }
        }
        return STEPS.get(STEPS.size() - 1);
    }

    /** The x of {@code at} when {@code origin} is at x = 0. */
    static double x(Instant at, Instant origin, int level) {
        return (at.getEpochSecond() - origin.getEpochSecond()) / secondsPerPixel(level);
    }

    /** The instant at {@code x} when {@code origin} is at x = 0. */
    static Instant at(double x, Instant origin, int level) {
        return origin.plusSeconds(Math.round(x * secondsPerPixel(level)));
    }
}
