package org.roadshow.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What one person said about their time on a trip: windows when they cannot do booth duty and at most
 * {@code maxMinutesPerDay} of duty a day (0: no limit). Their travel limits them further; the roster
 * planning reads both.
 */
public record Availability(UUID person, int maxMinutesPerDay, List<TimeWindow> unavailable) {
    public Availability {
        Objects.requireNonNull(person, "person");
        if (maxMinutesPerDay < 0) {
            throw new IllegalArgumentException("maximum per day is negative (" + maxMinutesPerDay + " minutes)");
        }
        unavailable = Lists.copy(unavailable);
    }

    public static Availability unlimited(UUID person) {
        return new Availability(person, 0, List.of());
    }

    public boolean isUnlimited() {
        return maxMinutesPerDay == 0 && unavailable.isEmpty();
    }

    public boolean hasDailyLimit() {
        return maxMinutesPerDay > 0;
    }

    public Availability withPerson(UUID person) {
        return new Availability(person, maxMinutesPerDay, unavailable);
    }

    public Availability withMaxMinutesPerDay(int maxMinutesPerDay) {
        return new Availability(person, maxMinutesPerDay, unavailable);
    }

    public Availability withUnavailable(List<TimeWindow> unavailable) {
        return new Availability(person, maxMinutesPerDay, unavailable);
    }
}
