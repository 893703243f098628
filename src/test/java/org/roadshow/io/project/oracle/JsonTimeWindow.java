package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.roadshow.model.Moment;
import org.roadshow.model.TimeWindow;

/** A stretch of time with a note; unknown fields kept under the owner key its holder gives it. */
@JsonPropertyOrder({"start", "end", "note"})
final class JsonTimeWindow extends JsonObject {
    JsonMoment start;
    JsonMoment end;
    String note;

    TimeWindow toModel(ReadContext ctx, String path, String owner) {
        ReadContext.require(start, this, path, "start");
        ReadContext.require(end, this, path, "end");
        Moment from = start.toModel(ctx, path + ".start", owner + "/start");
        Moment to = end.toModel(ctx, path + ".end", owner + "/end");
        ReadContext.checkOrder(from, to, end, path, "start", "end");
        ctx.keepUnknown(owner, this);
        return new TimeWindow(from, to, note);
    }
}
