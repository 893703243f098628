package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.roadshow.model.Conference;
import org.roadshow.model.UnknownFields;

/** A conference of a trip: where, its zone and its days (inclusive). */
@JsonPropertyOrder({"id", "name", "city", "venue", "zone", "firstDay", "lastDay"})
final class JsonConference extends JsonObject implements Convert.ModelSource<Conference> {
    UUID id;
    String name;
    String city;
    String venue;
    ZoneId zone;
    LocalDate firstDay;
    LocalDate lastDay;

    @Override
    public Conference toModel(ReadContext ctx, String path) {
        ctx.claimId(id, this, path);
        ReadContext.zone(zone, this, path, "zone");
        ReadContext.require(firstDay, this, path, "firstDay");
        ReadContext.require(lastDay, this, path, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw ReadContext.invalid(this, path, "lastDay (" + lastDay + ") is before firstDay (" + firstDay + ")");
        }
        ctx.keepUnknown(id.toString(), this);
        return new Conference(id, name, city, venue, zone, firstDay, lastDay);
    }
}
