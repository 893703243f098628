package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Map;
import org.roadshow.model.Due;

/** When a checklist item is due: {"date": "2017-01-27"} or {"daysBeforeTrip": 7}, exactly one of them. */
@JsonPropertyOrder({"date", "daysBeforeTrip"})
final class JsonDue extends JsonObject {
    LocalDate date;
    Integer daysBeforeTrip;

    Due toModel(ReadContext ctx, String path, String owner) {
        if ((date == null) == (daysBeforeTrip == null)) {
            throw ReadContext.invalid(this, path, "needs exactly one of \"date\" and \"daysBeforeTrip\"");
        }
        ctx.keepUnknown(owner, this);
        return date != null ? new Due.On(date) : new Due.BeforeTrip(daysBeforeTrip);
    }
}
