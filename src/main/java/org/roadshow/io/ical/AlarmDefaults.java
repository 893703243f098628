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

    /** The default reminder; 0 for to-dos, which are written without reminders. */
    public static int minutes(AgendaKind kind) {
        return MINUTES.getOrDefault(kind, 0);
    }

    /** Whether an export writes reminders for this kind (not for to-dos: a due date is not a start). */
    public static boolean reminds(AgendaKind kind) {
        return kind != AgendaKind.TODO;
    }

    /** An alarm setting for every kind, each at its default. */
    public static Alarms alarms() {
        Alarms alarms = Alarms.none();
        for (AgendaKind kind : AgendaKind.values()) {
            if (!reminds(kind)) {
                continue;
            }
            alarms = alarms.with(kind, minutes(kind));
        }
        return alarms;
    }
}
