package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.UUID;
import org.roadshow.model.Moment;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.TravelMode;
import org.roadshow.model.UnknownFields;

/** A travel leg: it departs in one zone and arrives in another. The mode is written in lower case. */
@JsonPropertyOrder({"id", "mode", "from", "to", "departure", "arrival", "carrier", "bookingReference", "travellers"})
final class JsonTravelLeg extends JsonObject implements Convert.ModelSource<TravelLeg> {
    UUID id;
    String mode;
    String from;
    String to;
    JsonMoment departure;
    JsonMoment arrival;
    String carrier;
    String bookingReference;
    List<UUID> travellers;

    @Override
    public TravelLeg toModel(ReadContext ctx, String path) {
        ctx.claimId(id, this, path);
        TravelMode travelMode = Convert.constant(TravelMode.class, mode, this, path, "mode");
        ctx.checkPeople(Convert.ids(travellers, this, path, "travellers"), this, path, "travellers");
        Moment departs = ctx.moment(departure, this, path, id, "departure");
        Moment arrives = ctx.moment(arrival, this, path, id, "arrival");
        ReadContext.checkOrder(departs, arrives, arrival, path, "departure", "arrival");
        ctx.keepUnknown(id.toString(), this);
        return new TravelLeg(id, travelMode, from, to, departs, arrives, carrier, bookingReference, travellers);
    }
}
