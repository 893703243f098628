package org.roadshow.io.project;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.roadshow.model.Moment;
import org.roadshow.model.Shift;
import org.roadshow.model.UnknownFields;

/** A stretch of booth duty; its booth must be a booth of the same trip. */
@JsonPropertyOrder({"id", "boothId", "start", "end", "people", "pinned"})
final class JsonShift extends JsonObject {
    UUID id;
    UUID boothId;
    JsonMoment start;
    JsonMoment end;
    List<UUID> people;
    /** Those of people put there by hand; left out when none are. */
    List<UUID> pinned;

    static JsonShift from(Shift s, UnknownFields unknown) {
        JsonShift dto = new JsonShift();
        String id = s.id().toString();
        dto.id = s.id();
        dto.boothId = s.boothId();
        dto.start = JsonMoment.from(s.start(), unknown.of(id + "/start"));
        dto.end = JsonMoment.from(s.end(), unknown.of(id + "/end"));
        dto.people = s.people();
        dto.pinned = s.pinned();
        dto.keepUnknown(unknown.of(id));
        return dto;
    }

    Shift toModel(ReadContext ctx, String path, Set<UUID> booths) {
        ctx.claimId(id, this, path);
        if (boothId != null && !booths.contains(boothId)) {
            throw ReadContext.invalid(this, path, "boothId " + boothId + " is not a booth of this trip");
        }
        ctx.checkPeople(Convert.ids(people, this, path, "people"), this, path, "people");
        Moment from = ctx.moment(start, this, path, id, "start");
        Moment to = ctx.moment(end, this, path, id, "end");
        ReadContext.checkOrder(from, to, end, path, "start", "end");
        List<UUID> hand = Convert.ids(pinned, this, path, "pinned");
        for (int i = 0; i < hand.size(); i++) {
            if (people == null || !people.contains(hand.get(i))) {
                throw ReadContext.invalid(this, path, "pinned[" + i + "] " + hand.get(i) + " is not one of the shift's people");
            }
        }
        ctx.keepUnknown(id.toString(), this);
        return new Shift(id, boothId, from, to, people, hand);
    }
}
