package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.UUID;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.UnknownFields;

/** Something to bring or do; the unknown fields of its due date are kept as "itemId/due". */
@JsonPropertyOrder({"id", "text", "due", "assignee", "done", "linkedItem"})
final class JsonChecklistItem extends JsonObject implements Convert.ModelSource<ChecklistItem> {
    UUID id;
    String text;
    JsonDue due;
    UUID assignee;
    boolean done;
    UUID linkedItem;

    @Override
    public ChecklistItem toModel(ReadContext ctx, String path) {
        ctx.claimId(id, this, path);
        if (assignee != null) {
            ctx.checkPerson(assignee, this, path, "assignee");
        }
        ctx.keepUnknown(id.toString(), this);
        return new ChecklistItem(id, text, due == null ? null : due.toModel(ctx, path + ".due", id + "/due"),
                assignee, done, linkedItem);
    }
}
