package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.roadshow.model.TravelBuffers;

/**
 * A trip's travel buffers in minutes: {"afterLanding": 60, "beforeFlight": 90, "aroundTrain": 15}. A trip with
 * the defaults has none in its file, so files written before buffers existed read and save unchanged.
 */
@JsonPropertyOrder({"afterLanding", "beforeFlight", "aroundTrain"})
final class JsonTravelBuffers extends JsonObject {
    Integer afterLanding;
    Integer beforeFlight;
    Integer aroundTrain;

    TravelBuffers toModel(ReadContext ctx, String path, String owner) {
        int after = minutes(afterLanding, path, "afterLanding");
        int before = minutes(beforeFlight, path, "beforeFlight");
        int around = minutes(aroundTrain, path, "aroundTrain");
        ctx.keepUnknown(owner, this);
        return new TravelBuffers(after, before, around);
    }

    private int minutes(Integer value, String path, String field) {
        ReadContext.require(value, this, path, field);
        if (value < 0) {
            throw ReadContext.invalid(this, path, field + " is negative (" + value + " minutes)");
        }
        return value;
    }

    static String owner(Object tripId) {
        return tripId + "/travelBuffers";
    }
}
