package org.roadshow.io.project;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.roadshow.model.Availability;
import org.roadshow.model.TimeWindow;
import org.roadshow.model.UnknownFields;

/**
 * One person's availability on a trip: at most so many minutes of duty a day and the windows they cannot do
 * duty. Unknown fields are kept as "tripId/availability/personId" (and ".../unavailable[i]" for a window).
 */
@JsonPropertyOrder({"person", "maxMinutesPerDay", "unavailable"})
final class JsonAvailability extends JsonObject {
    UUID person;
    /** Left out when there is no limit. */
    Integer maxMinutesPerDay;
    List<JsonTimeWindow> unavailable;

    static JsonAvailability from(Availability a, UUID tripId, UnknownFields unknown) {
        JsonAvailability dto = new JsonAvailability();
        String owner = owner(tripId, a.person());
        dto.person = a.person();
        dto.maxMinutesPerDay = a.hasDailyLimit() ? a.maxMinutesPerDay() : null;
        dto.unavailable = new ArrayList<>();
        for (int i = 0; i < a.unavailable().size(); i++) {
            dto.unavailable.add(JsonTimeWindow.from(a.unavailable().get(i), owner + "/unavailable[" + i + "]", unknown));
        }
        dto.keepUnknown(unknown.of(owner));
        return dto;
    }

    Availability toModel(ReadContext ctx, String path, UUID tripId, Set<UUID> seen) {
        ReadContext.require(person, this, path, "person");
        ctx.checkPerson(person, this, path, "person");
        if (!seen.add(person)) {
            throw ReadContext.invalid(this, path, "person " + person + " has a second availability entry");
        }
        int max = maxMinutesPerDay == null ? 0 : maxMinutesPerDay;
        if (max < 0) {
            throw ReadContext.invalid(this, path, "maxMinutesPerDay is negative (" + max + ")");
        }
        String owner = owner(tripId, person);
        List<TimeWindow> windows = new ArrayList<>();
        List<JsonTimeWindow> given = unavailable == null ? List.of() : unavailable;
        for (int i = 0; i < given.size(); i++) {
            String at = path + ".unavailable[" + i + "]";
            ReadContext.require(given.get(i), this, at, "unavailable[" + i + "]");
            windows.add(given.get(i).toModel(ctx, at, owner + "/unavailable[" + i + "]"));
        }
        ctx.keepUnknown(owner, this);
        return new Availability(person, max, windows);
    }

    static String owner(UUID tripId, UUID person) {
        return tripId + "/availability/" + person;
    }
}
