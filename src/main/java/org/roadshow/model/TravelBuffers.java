package org.roadshow.model;

/**
 * The time a trip keeps free around travel, in minutes: after a flight lands (baggage, the way into town),
 * before a flight departs (security, boarding), and before and after any other leg (a train, bus, car or
 * ferry). The conflict check warns when a commitment sits closer to a leg than this.
 */
public record TravelBuffers(int afterLanding, int beforeFlight, int aroundTrain) {
    /** What a trip has unless it says otherwise. */
    public static final TravelBuffers DEFAULTS = new TravelBuffers(60, 90, 15);

    public TravelBuffers {
        check(afterLanding, "afterLanding");
        check(beforeFlight, "beforeFlight");
        check(aroundTrain, "aroundTrain");
    }

    private static void check(int minutes, String name) {
        if (minutes < 0) {
            throw new IllegalArgumentException(name + " is negative (" + minutes + ")");
        }
    }

    /** Minutes to keep free before the leg departs. */
    public int before(TravelMode mode) {
        return mode == TravelMode.FLIGHT ? beforeFlight : aroundTrain;
    }

    /** Minutes to keep free after the leg arrives. */
    public int after(TravelMode mode) {
        return mode == TravelMode.FLIGHT ? afterLanding : aroundTrain;
    }

    public TravelBuffers withAfterLanding(int minutes) {
        return new TravelBuffers(minutes, beforeFlight, aroundTrain);
    }

    public TravelBuffers withBeforeFlight(int minutes) {
        return new TravelBuffers(afterLanding, minutes, aroundTrain);
    }

    public TravelBuffers withAroundTrain(int minutes) {
        return new TravelBuffers(afterLanding, beforeFlight, minutes);
    }
}
