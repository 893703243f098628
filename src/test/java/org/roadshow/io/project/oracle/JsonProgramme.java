package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.roadshow.model.Programme;
import org.roadshow.model.ProgrammeFeed;
import org.roadshow.model.Session;
import org.roadshow.model.UnknownFields;

/** A conference programme imported into a trip, with its sessions. */
@JsonPropertyOrder({"id", "conferenceId", "name", "source", "url", "etag", "lastModified", "zone", "importedAt", "sessions"})
final class JsonProgramme extends JsonObject implements Convert.ModelSource<Programme> {
    UUID id;
    UUID conferenceId;
    String name;
    String source;
    /** The web address the programme was fetched from and the server's version tags; absent for a file. */
    String url;
    String etag;
    String lastModified;
    ZoneId zone;
    Instant importedAt;
    List<JsonSession> sessions;

    @Override
    public Programme toModel(ReadContext ctx, String path) {
        ctx.claimId(id, this, path);
        ReadContext.zone(zone, this, path, "zone");
        List<Session> all = Convert.each(sessions, this, path + ".sessions", ctx);
        ctx.keepUnknown(id.toString(), this);
        return new Programme(id, conferenceId, name, source, zone, importedAt, all,
                new ProgrammeFeed(url, etag, lastModified));
    }
}
