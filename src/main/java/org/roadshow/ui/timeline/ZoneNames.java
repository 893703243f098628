package org.roadshow.ui.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

/** Short names of zones for small spaces: "Los Angeles" for America/Los_Angeles, "PST" at a given instant. */
final class ZoneNames {
    private ZoneNames() {
    }

    /** The city part of an IANA id, with spaces: "Los Angeles"; the id itself for "UTC" and the like. */
    static String city(ZoneId zone) {
        if (zone == null) {
            return "?";
        }
        String id = zone.getId();
        int slash = id.lastIndexOf('/');
        return (slash < 0 ? id : id.substring(slash + 1)).replace('_', ' ');
    }

    /** The zone's short name at that instant ("PST", "CET"), or its offset ("GMT+3") where there is none. */
    static String abbreviation(ZoneId zone, Instant at) {
        String name = java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).withZone(zone).format(at);
        return name.isBlank() ? zone.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) : name;
    }
}
