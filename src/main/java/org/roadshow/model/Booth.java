package org.roadshow.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A booth or stand the team staffs. {@code location} is free text such as "K, level 1, group C, booth 5";
 * opening hours are in {@code zone}; a shift wants between {@code minStaff} and {@code maxStaff} people.
 * The day's shifts are {@code shiftMinutes} long and the next one starts {@code overlapMinutes} before the
 * previous one ends, so that the people on duty can hand over.
 */
public record Booth(UUID id, UUID conferenceId, String name, String location, List<String> partners,
                    ZoneId zone, List<OpeningHours> hours, int minStaff, int maxStaff, int shiftMinutes,
                    int overlapMinutes) implements Item {
    /** The shift length of a booth that has none set (files written before shift lengths). */
    public static final int DEFAULT_SHIFT_MINUTES = 120;

    public Booth {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        name = Lists.text(name);
        location = Lists.text(location);
        partners = Lists.copy(partners);
        hours = Lists.copy(hours);
        if (shiftMinutes <= 0) {
            throw new IllegalArgumentException("shift length must be positive, not " + shiftMinutes + " minutes");
        }
        if (overlapMinutes < 0 || overlapMinutes >= shiftMinutes) {
            throw new IllegalArgumentException("hand-over overlap of " + overlapMinutes
                    + " minutes must be at least 0 and shorter than the shift (" + shiftMinutes + " minutes)");
        }
    }

    @Override
    public String label() {
        return name;
    }

    @Override
    public ItemKind kind() {
        return ItemKind.BOOTH;
    }

    public Booth withConferenceId(UUID conferenceId) {
        return new Booth(id, conferenceId, name, location, partners, zone, hours, minStaff, maxStaff, shiftMinutes,
                overlapMinutes);
    }

    public Booth withName(String name) {
        return new Booth(id, conferenceId, name, location, partners, zone, hours, minStaff, maxStaff, shiftMinutes,
                overlapMinutes);
    }

    public Booth withLocation(String location) {
        return new Booth(id, conferenceId, name, location, partners, zone, hours, minStaff, maxStaff, shiftMinutes,
                overlapMinutes);
    }

    public Booth withPartners(List<String> partners) {
        return new Booth(id, conferenceId, name, location, partners, zone, hours, minStaff, maxStaff, shiftMinutes,
                overlapMinutes);
    }

    public Booth withZone(ZoneId zone) {
        return new Booth(id, conferenceId, name, location, partners, zone, hours, minStaff, maxStaff, shiftMinutes,
                overlapMinutes);
    }

    public Booth withHours(List<OpeningHours> hours) {
        return new Booth(id, conferenceId, name, location, partners, zone, hours, minStaff, maxStaff, shiftMinutes,
                overlapMinutes);
    }

    public Booth withMinStaff(int minStaff) {
        return new Booth(id, conferenceId, name, location, partners, zone, hours, minStaff, maxStaff, shiftMinutes,
                overlapMinutes);
    }

    public Booth withMaxStaff(int maxStaff) {
        return new Booth(id, conferenceId, name, location, partners, zone, hours, minStaff, maxStaff, shiftMinutes,
                overlapMinutes);
    }

    public Booth withShiftMinutes(int shiftMinutes) {
        return new Booth(id, conferenceId, name, location, partners, zone, hours, minStaff, maxStaff, shiftMinutes,
                overlapMinutes);
    }

    public Booth withOverlapMinutes(int overlapMinutes) {
        return new Booth(id, conferenceId, name, location, partners, zone, hours, minStaff, maxStaff, shiftMinutes,
                overlapMinutes);
    }
}
