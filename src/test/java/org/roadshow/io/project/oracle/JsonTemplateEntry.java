package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.roadshow.model.TemplateEntry;

/** A line of a checklist template: {"text": "Clicker", "due": {"daysBeforeItem": 1}}; "due" is optional. */
@JsonPropertyOrder({"text", "due"})
final class JsonTemplateEntry extends JsonObject {
    String text;
    JsonDue due;

    TemplateEntry toModel(ReadContext ctx, String path, String owner) {
        ctx.keepUnknown(owner, this);
        return new TemplateEntry(text, due == null ? null : due.toTemplateModel(ctx, path + ".due", owner + "/due"));
    }
}
