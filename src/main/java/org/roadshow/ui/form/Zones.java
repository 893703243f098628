package org.roadshow.ui.form;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The IANA zones a person can pick. ical4j registers its own "ical4j~..." ids with the JDK and the
 * "SystemV/" ids are obsolete aliases; neither belongs in a picker.
 */
public final class Zones {
    private static final List<ZoneId> ALL = ZoneId.getAvailableZoneIds().stream()
            .filter(Zones::pickable)
            .sorted()
            .map(ZoneId::of)
            .toList();

    private Zones() {
    }

    public static boolean pickable(String id) {
        Objects.requireNonNull(id);
        return !id.startsWith("ical4j") && !id.startsWith("SystemV/") && !id.contains("~");
    }

    /** Every pickable zone, sorted by id. */
    public static List<ZoneId> all() {
        return ALL;
    }
}
