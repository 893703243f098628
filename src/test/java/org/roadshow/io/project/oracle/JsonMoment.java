package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.roadshow.model.Moment;

/** A wall-clock time and the IANA zone it is in: {"time": "2017-02-04T11:30", "zone": "Europe/Brussels"}. */
@JsonPropertyOrder({"time", "zone"})
final class JsonMoment extends JsonObject {
    LocalDateTime time;
    ZoneId zone;

    Moment toModel(ReadContext ctx, String path, String owner) {
        ReadContext.require(time, this, path, "time");
        ReadContext.zone(zone, this, path, "zone");
        ctx.keepUnknown(owner, this);
        return new Moment(time, zone);
    }
}
