package org.roadshow.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/** A conference a trip goes to: where it is, its zone and its days (inclusive). */
public record Conference(UUID id, String name, String city, String venue, ZoneId zone,
                         LocalDate firstDay, LocalDate lastDay) implements Item {
    public Conference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        name = Lists.text(name);
        city = Lists.text(city);
        venue = Lists.text(venue);
    }

    @Override
    public String label() {
        return name;
    }

    @Override
    public ItemKind kind() {
        return ItemKind.CONFERENCE;
    }

    public Conference withName(String name) {
        return new Conference(id, name, city, venue, zone, firstDay, lastDay);
    }

    public Conference withCity(String city) {
        return new Conference(id, name, city, venue, zone, firstDay, lastDay);
    }

    public Conference withVenue(String venue) {
        return new Conference(id, name, city, venue, zone, firstDay, lastDay);
    }

    public Conference withZone(ZoneId zone) {
        return new Conference(id, name, city, venue, zone, firstDay, lastDay);
    }

    public Conference withFirstDay(LocalDate firstDay) {
        return new Conference(id, name, city, venue, zone, firstDay, lastDay);
    }

    public Conference withLastDay(LocalDate lastDay) {
        return new Conference(id, name, city, venue, zone, firstDay, lastDay);
    }
}
