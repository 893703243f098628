package org.roadshow.io.project;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.roadshow.model.Moment;
import org.roadshow.model.TimeWindow;
import org.roadshow.model.UnknownFields;

/** A stretch of time with a note; unknown fields kept under the owner key its holder gives it. */
@JsonPropertyOrder({"start", "end", "note"})
final class JsonTimeWindow extends JsonObject {
    JsonMoment start;
    JsonMoment end;
    String note;

    static JsonTimeWindow from(TimeWindow w, String owner, UnknownFields unknown) {
        JsonTimeWindow dto = new JsonTimeWindow();
        dto.start = JsonMoment.from(w.start(), unknown.of(owner + "/start"));
        dto.end = JsonMoment.from(w.end(), unknown.of(owner + "/end"));
        dto.note = w.note();
        dto.keepUnknown(unknown.of(owner));
        return dto;
    }

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
