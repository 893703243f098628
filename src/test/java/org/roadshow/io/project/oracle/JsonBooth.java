package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.roadshow.model.Booth;
import org.roadshow.model.OpeningHours;

/** A booth the team staffs, with its opening hours (unknown fields of each day kept as "boothId/hours[i]"). */
@JsonPropertyOrder({"id", "conferenceId", "name", "location", "partners", "zone", "hours", "minStaff", "maxStaff", "shiftMinutes",
    "overlapMinutes"})
final class JsonBooth extends JsonObject implements Convert.ModelSource<Booth> {
    UUID id;
    UUID conferenceId;
    String name;
    String location;
    List<String> partners;
    ZoneId zone;
    List<JsonOpeningHours> hours;
    Integer minStaff;
    Integer maxStaff;
    /** Left out when it is the default, so that files from before shift lengths save unchanged. */
    Integer shiftMinutes;
    /** Left out when there is no overlap. */
    Integer overlapMinutes;

    @Override
    public Booth toModel(ReadContext ctx, String path) {
        ctx.claimId(id, this, path);
        ReadContext.zone(zone, this, path, "zone");
        staff(minStaff, path, "minStaff");
        staff(maxStaff, path, "maxStaff");
        List<OpeningHours> days = new ArrayList<>();
        List<JsonOpeningHours> given = hours == null ? List.of() : hours;
        for (int i = 0; i < given.size(); i++) {
            String at = path + ".hours[" + i + "]";
            ReadContext.require(given.get(i), this, at, "hours[" + i + "]");
            days.add(given.get(i).toModel(ctx, at, hoursOwner(id, i)));
        }
        int length = shiftMinutes == null ? Booth.DEFAULT_SHIFT_MINUTES : shiftMinutes;
        if (length <= 0) {
            throw ReadContext.invalid(this, path, "shiftMinutes must be positive (" + length + ")");
        }
        int overlap = overlapMinutes == null ? 0 : overlapMinutes;
        if (overlap < 0 || overlap >= length) {
            throw ReadContext.invalid(this, path, "overlapMinutes (" + overlap
                    + ") must be at least 0 and less than shiftMinutes (" + length + ")");
        }
        ctx.keepUnknown(id.toString(), this);
        return new Booth(id, conferenceId, name, location, Convert.texts(partners, this, path, "partners"), zone, days,
                minStaff, maxStaff, length, overlap);
    }

    private void staff(Integer value, String path, String field) {
        ReadContext.require(value, this, path, field);
        if (value < 0) {
            throw ReadContext.invalid(this, path, field + " is negative (" + value + ")");
        }
    }

    static String hoursOwner(UUID boothId, int index) {
        return boothId + "/hours[" + index + "]";
    }
}
