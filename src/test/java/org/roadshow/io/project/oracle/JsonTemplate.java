package org.roadshow.io.project.oracle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.roadshow.model.ChecklistTemplate;
import org.roadshow.model.TemplateEntry;

/** One of the team's checklist templates; unknown fields of its entries are kept as "templateId/entries[i]". */
@JsonPropertyOrder({"id", "name", "entries"})
final class JsonTemplate extends JsonObject implements Convert.ModelSource<ChecklistTemplate> {
    UUID id;
    String name;
    List<JsonTemplateEntry> entries;

    @Override
    public ChecklistTemplate toModel(ReadContext ctx, String path) {
        ctx.claimId(id, this, path);
        List<TemplateEntry> lines = new ArrayList<>();
        List<JsonTemplateEntry> given = entries == null ? List.of() : entries;
        for (int i = 0; i < given.size(); i++) {
            String at = path + ".entries[" + i + "]";
            ReadContext.require(given.get(i), this, at, "entries[" + i + "]");
            lines.add(given.get(i).toModel(ctx, at, entryOwner(id, i)));
        }
        ctx.keepUnknown(id.toString(), this);
        return new ChecklistTemplate(id, name, lines);
    }

    static String entryOwner(UUID templateId, int index) {
        return templateId + "/entries[" + index + "]";
    }
}
