package org.roadshow.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A booth or stand the team staffs. {@code location} is free text such as "K, level 1, group C, booth 5";
 * opening hours are in {@code zone}; a shift wants between {@code minStaff} and {@code maxStaff} people.
 */
public record Booth(UUID id, UUID conferenceId, String name, String location, List<String> partners,
                    ZoneId zone, List<OpeningHours> hours, int minStaff, int maxStaff) implements Item {
    public Booth {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        name = Lists.text(name);
        location = Lists.text(location);
        partners = Lists.copy(partners);
        hours = Lists.copy(hours);
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
        return new Booth(id, conferenceId, name, location, partners, zone, hours, minStaff, maxStaff);
    }

    public Booth withName(String name) {
        return new Booth(id, conferenceId, name, location, partners, zone, hours, minStaff, maxStaff);
    }

    public Booth withLocation(String location) {
        return new Booth(id, conferenceId, name, location, partners, zone, hours, minStaff, maxStaff);
    }

    public Booth withPartners(List<String> partners) {
        return new Booth(id, conferenceId, name, location, partners, zone, hours, minStaff, maxStaff);
    }

    public Booth withZone(ZoneId zone) {
        return new Booth(id, conferenceId, name, location, partners, zone, hours, minStaff, maxStaff);
    }

    public Booth withHours(List<OpeningHours> hours) {
        return new Booth(id, conferenceId, name, location, partners, zone, hours, minStaff, maxStaff);
    }

    public Booth withMinStaff(int minStaff) {
        return new Booth(id, conferenceId, name, location, partners, zone, hours, minStaff, maxStaff);
    }

    public Booth withMaxStaff(int maxStaff) {
        return new Booth(id, conferenceId, name, location, partners, zone, hours, minStaff, maxStaff);
    }
}
