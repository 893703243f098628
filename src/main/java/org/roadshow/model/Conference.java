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
}
