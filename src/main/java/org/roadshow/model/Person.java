package org.roadshow.model;

import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/** Someone on the team. The home zone is where their day starts and ends. */
public record Person(UUID id, String name, String role, String email, ZoneId homeZone) {
    public Person {
        Objects.requireNonNull(id, "id");
        name = Lists.text(name);
        role = Lists.text(role);
        email = Lists.text(email);
    }

    public static Person create(String name, String role, String email, ZoneId homeZone) {
        return new Person(UUID.randomUUID(), name, role, email, homeZone);
    }

    public Person withName(String name) {
        return new Person(id, name, role, email, homeZone);
    }

    public Person withRole(String role) {
        return new Person(id, name, role, email, homeZone);
    }

    public Person withEmail(String email) {
        return new Person(id, name, role, email, homeZone);
    }

    public Person withHomeZone(ZoneId homeZone) {
        return new Person(id, name, role, email, homeZone);
    }
}
