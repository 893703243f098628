package org.roadshow.model;

import java.util.Map;

/**
 * Fields a newer Roadshow wrote that this one does not know, kept so that load and save do not drop
 * them. Keyed by the id of the object that held them ("project" for the top level, "ID/field" for an
 * object without an id, such as a talk's start time); values are plain Java (maps, lists, strings,
 * numbers, booleans). Only the project file code reads them.
 */
public record UnknownFields(Map<String, Map<String, Object>> byOwner) {
    public static final UnknownFields NONE = new UnknownFields(Map.of());

    public UnknownFields {
        byOwner = byOwner == null ? Map.of() : Map.copyOf(byOwner);
    }

    public Map<String, Object> of(String owner) {
        return byOwner.getOrDefault(owner, Map.of());
    }

    public boolean isEmpty() {
        return byOwner.isEmpty();
    }
}
