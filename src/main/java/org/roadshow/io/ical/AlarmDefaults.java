package org.roadshow.io.ical;

import java.util.EnumMap;
import java.util.Map;
import org.roadshow.plan.AgendaKind;

/**
 * How many minutes before each kind of entry the exported calendar reminds, unless the export says
 * otherwise: enough to walk to a room or booth, and three hours to get to the airport or station.
 */
public final class AlarmDefaults {
    private static final Map<AgendaKind, Integer> MINUTES = new EnumMap<>(Map.of(
            AgendaKind.TALK, 15,
            AgendaKind.SHIFT, 15,
            AgendaKind.DEMO, 15,
            AgendaKind.TRAVEL, 180,
            AgendaKind.MEETING, 15,
            AgendaKind.STARRED, 10));

    private AlarmDefaults() {
    }

    public static int minutes(AgendaKind kind) {
        return MINUTES.get(kind);
    }

    /** An alarm setting for every kind, each at its default. */
    public static Alarms alarms() {
        Alarms alarms = Alarms.none();
        for (AgendaKind kind : AgendaKind.values()) {
            alarms = alarms.with(kind, minutes(kind));
        }
        return alarms;
    }
}
