package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.UUID;
import org.roadshow.model.Meeting;
import org.roadshow.model.Moment;
import org.roadshow.model.UnknownFields;

/** A meeting, dinner or meet-up. */
@JsonPropertyOrder({"id", "title", "where", "start", "end", "people", "withWhom", "notes"})
final class JsonMeeting extends JsonObject implements Convert.ModelSource<Meeting> {
    UUID id;
    String title;
    String where;
    JsonMoment start;
    JsonMoment end;
    List<UUID> people;
    String withWhom;
    String notes;

    @Override
    public Meeting toModel(ReadContext ctx, String path) {
        ctx.claimId(id, this, path);
        ctx.checkPeople(Convert.ids(people, this, path, "people"), this, path, "people");
        Moment from = ctx.moment(start, this, path, id, "start");
        Moment to = ctx.moment(end, this, path, id, "end");
        ReadContext.checkOrder(from, to, end, path, "start", "end");
        ctx.keepUnknown(id.toString(), this);
        return new Meeting(id, title, where, from, to, people, withWhom, notes);
    }
}
