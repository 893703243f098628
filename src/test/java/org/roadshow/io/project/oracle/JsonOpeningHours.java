package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.roadshow.model.OpeningHours;

/** The hours a booth is open on one day. */
@JsonPropertyOrder({"day", "open", "close"})
final class JsonOpeningHours extends JsonObject {
    LocalDate day;
    LocalTime open;
    LocalTime close;

    OpeningHours toModel(ReadContext ctx, String path, String owner) {
        ReadContext.require(day, this, path, "day");
        ReadContext.require(open, this, path, "open");
        ReadContext.require(close, this, path, "close");
        if (close.isBefore(open)) {
            throw ReadContext.invalid(this, path, "close (" + close + ") is before open (" + open + ")");
        }
        ctx.keepUnknown(owner, this);
        return new OpeningHours(day, open, close);
    }
}
