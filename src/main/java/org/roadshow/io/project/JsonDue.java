package org.roadshow.io.project;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Map;
import org.roadshow.model.Due;

/** When a checklist item is due: {"date": "2017-01-27"} or {"daysBeforeTrip": 7}, exactly one of them. */
@JsonPropertyOrder({"date", "daysBeforeTrip"})
final class JsonDue extends JsonObject {
    LocalDate date;
    Integer daysBeforeTrip;

    static JsonDue from(Due due, Map<String, Object> unknown) {
        JsonDue dto = new JsonDue();
        if (due instanceof Due.On on) {
            dto.date = on.date();
        } else if (due instanceof Due.BeforeTrip before) {
            dto.daysBeforeTrip = before.days();
        }
        dto.keepUnknown(unknown);
        return dto;
    }

    Due toModel(ReadContext ctx, String path, String owner) {
        if ((date == null) == (daysBeforeTrip == null)) {
            throw ReadContext.invalid(this, path, "needs exactly one of \"date\" and \"daysBeforeTrip\"");
        }
        ctx.keepUnknown(owner, this);
        return date != null ? new Due.On(date) : new Due.BeforeTrip(daysBeforeTrip);
    }
}
