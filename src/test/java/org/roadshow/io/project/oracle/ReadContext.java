package org.roadshow.io.project.oracle;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.roadshow.model.Moment;
import org.roadshow.model.UnknownFields;

/**
 * What the DTOs share while they become the model: the unknown fields collected so far, the ids seen
 * (each must be unique), and the team (every person id must be one of them). Errors are thrown as
 * {@link InvalidProjectException} naming the object's path and location.
 *
 * <p>Unknown fields are kept under the id of the object that held them ("project" for the top level);
 * objects without an id of their own use their owner's id and field: "ID/start", "ID/arrival", "ID/due",
 * "BOOTH-ID/hours[2]".
 */
final class ReadContext {
    static final String PROJECT_OWNER = "project";

    private final Map<String, Map<String, Object>> unknown = new HashMap<>();
    private final Map<UUID, String> idPaths = new HashMap<>();
    private Set<UUID> people = Set.of();

    void keepUnknown(String owner, JsonObject dto) {
        if (dto != null && !dto.unknownFields().isEmpty()) {
            unknown.put(owner, Collections.unmodifiableMap(new TreeMap<>(dto.unknownFields())));
        }
    }

    UnknownFields unknownFields() {
        return unknown.isEmpty() ? UnknownFields.NONE : new UnknownFields(unknown);
    }

    void setPeople(Collection<UUID> team) {
        people = new HashSet<>(team);
    }

    /** A required id, which no other object in the file may use. */
    UUID claimId(UUID id, JsonObject where, String path) {
        require(id, where, path, "id");
        String first = idPaths.putIfAbsent(id, path);
        if (first != null) {
            throw invalid(where, path, "the id " + id + " is already used by " + first);
        }
        return id;
    }

    void checkPeople(List<UUID> ids, JsonObject where, String path, String field) {
        if (ids == null) {
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            checkPerson(ids.get(i), where, path, field + "[" + i + "]");
        }
    }

    void checkPerson(UUID id, JsonObject where, String path, String field) {
        if (id == null) {
            throw invalid(where, path, field + " is empty");
        }
        if (!people.contains(id)) {
            throw invalid(where, path, field + " names the person " + id + ", who is not in the project's people");
        }
    }

    /** A required moment; its unknown fields are kept under "ownerId/field". */
    Moment moment(JsonMoment value, JsonObject owner, String path, UUID ownerId, String field) {
        require(value, owner, path, field);
        return value.toModel(this, path + "." + field, ownerId + "/" + field);
    }

    static void checkOrder(Moment start, Moment end, JsonObject where, String path, String startName, String endName) {
        if (end.instant().isBefore(start.instant())) {
            throw invalid(where, path, endName + " (" + end.time() + " " + end.zone() + ") is before "
                    + startName + " (" + start.time() + " " + start.zone() + ")");
        }
    }

    static <T> T require(T value, JsonObject where, String path, String field) {
        if (value == null) {
            throw invalid(where, path, "\"" + field + "\" is missing");
        }
        return value;
    }

    /** A required zone that a later Roadshow can read again (never an ical4j temporary zone). */
    static ZoneId zone(ZoneId zone, JsonObject where, String path, String field) {
        require(zone, where, path, field);
        if (TextValues.isIcal4jZone(zone.getId())) {
            throw invalid(where, path, field + " '" + zone.getId()
                    + "' is not a known time zone (use an IANA zone id such as Europe/Brussels)");
        }
        return zone;
    }

    /** An optional zone: null stays null. */
    static ZoneId optionalZone(ZoneId zone, JsonObject where, String path, String field) {
        return zone == null ? null : zone(zone, where, path, field);
    }

    static InvalidProjectException invalid(JsonObject where, String path, String problem) {
        return new InvalidProjectException(where == null ? null : where.location, path, problem);
    }
}
