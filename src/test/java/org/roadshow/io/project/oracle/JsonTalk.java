package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.UUID;
import org.roadshow.model.Moment;
import org.roadshow.model.Talk;
import org.roadshow.model.UnknownFields;

/** A talk the team gives. */
@JsonPropertyOrder({"id", "conferenceId", "title", "speakers", "otherSpeakers", "room", "start", "end", "abstract",
    "sessionId"})
final class JsonTalk extends JsonObject implements Convert.ModelSource<Talk> {
    UUID id;
    UUID conferenceId;
    String title;
    List<UUID> speakers;
    List<String> otherSpeakers;
    String room;
    JsonMoment start;
    JsonMoment end;
    @JsonProperty("abstract")
    String abstractText;
    UUID sessionId;

    @Override
    public Talk toModel(ReadContext ctx, String path) {
        ctx.claimId(id, this, path);
        ctx.checkPeople(Convert.ids(speakers, this, path, "speakers"), this, path, "speakers");
        Moment from = ctx.moment(start, this, path, id, "start");
        Moment to = ctx.moment(end, this, path, id, "end");
        ReadContext.checkOrder(from, to, end, path, "start", "end");
        ctx.keepUnknown(id.toString(), this);
        return new Talk(id, conferenceId, title, speakers, Convert.texts(otherSpeakers, this, path, "otherSpeakers"),
                room, from, to, abstractText, sessionId);
    }
}
