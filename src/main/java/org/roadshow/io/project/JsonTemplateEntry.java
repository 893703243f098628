package org.roadshow.io.project;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.roadshow.model.TemplateEntry;
import org.roadshow.model.UnknownFields;

/** A line of a checklist template: {"text": "Clicker", "due": {"daysBeforeItem": 1}}; "due" is optional. */
@JsonPropertyOrder({"text", "due"})
final class JsonTemplateEntry extends JsonObject {
    String text;
    JsonDue due;

    static JsonTemplateEntry from(TemplateEntry e, UnknownFields unknown, String owner) {
        JsonTemplateEntry dto = new JsonTemplateEntry();
        dto.text = e.text();
        dto.due = e.due() == null ? null : JsonDue.from(e.due(), unknown.of(owner + "/due"));
        dto.keepUnknown(unknown.of(owner));
        return dto;
    }

    TemplateEntry toModel(ReadContext ctx, String path, String owner) {
        ctx.keepUnknown(owner, this);
        return new TemplateEntry(text, due == null ? null : due.toTemplateModel(ctx, path + ".due", owner + "/due"));
    }
}
