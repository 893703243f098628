package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.UUID;
import org.roadshow.model.Demo;
import org.roadshow.model.Moment;
import org.roadshow.model.UnknownFields;

/** A demo someone runs, with its equipment and backup plan. */
@JsonPropertyOrder({"id", "what", "where", "start", "end", "equipment", "backupPlan", "linkedItem", "people"})
final class JsonDemo extends JsonObject implements Convert.ModelSource<Demo> {
    UUID id;
    String what;
    String where;
    JsonMoment start;
    JsonMoment end;
    List<String> equipment;
    String backupPlan;
    UUID linkedItem;
    List<UUID> people;

    @Override
    public Demo toModel(ReadContext ctx, String path) {
        ctx.claimId(id, this, path);
        ctx.checkPeople(Convert.ids(people, this, path, "people"), this, path, "people");
        Moment from = ctx.moment(start, this, path, id, "start");
        Moment to = ctx.moment(end, this, path, id, "end");
        ReadContext.checkOrder(from, to, end, path, "start", "end");
        ctx.keepUnknown(id.toString(), this);
        return new Demo(id, what, where, from, to, Convert.texts(equipment, this, path, "equipment"), backupPlan,
                linkedItem, people);
    }
}
