package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.roadshow.model.Moment;
import org.roadshow.model.Session;
import org.roadshow.model.UnknownFields;

/**
 * One entry of an imported programme. Its times are kept as imported (no end-before-start check: that is
 * the importer's business), but whoever starred it must be on the team. Stars are written sorted.
 */
@JsonPropertyOrder({"id", "guid", "sourceId", "slug", "title", "subtitle", "track", "type", "room", "start", "end",
    "speakers", "abstract", "links", "starredBy", "cancelled"})
final class JsonSession extends JsonObject implements Convert.ModelSource<Session> {
    UUID id;
    String guid;
    String sourceId;
    String slug;
    String title;
    String subtitle;
    String track;
    String type;
    String room;
    JsonMoment start;
    JsonMoment end;
    List<String> speakers;
    @JsonProperty("abstract")
    String abstractText;
    List<String> links;
    List<UUID> starredBy;
    /** Written only when true, so ordinary sessions stay short in the file. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    Boolean cancelled;

    @Override
    public Session toModel(ReadContext ctx, String path) {
        ctx.claimId(id, this, path);
        ctx.checkPeople(Convert.ids(starredBy, this, path, "starredBy"), this, path, "starredBy");
        Moment from = ctx.moment(start, this, path, id, "start");
        Moment to = ctx.moment(end, this, path, id, "end");
        ctx.keepUnknown(id.toString(), this);
        return new Session(id, guid, sourceId, slug, title, subtitle, track, type, room, from, to,
                Convert.texts(speakers, this, path, "speakers"), abstractText, Convert.texts(links, this, path, "links"),
                new LinkedHashSet<>(starredBy == null ? List.of() : starredBy), Boolean.TRUE.equals(cancelled));
    }
}
