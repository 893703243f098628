package org.roadshow.io.project;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.roadshow.model.ChecklistTemplate;
import org.roadshow.model.TemplateEntry;
import org.roadshow.model.UnknownFields;

/** One of the team's checklist templates; unknown fields of its entries are kept as "templateId/entries[i]". */
@JsonPropertyOrder({"id", "name", "entries"})
final class JsonTemplate extends JsonObject implements Convert.ModelSource<ChecklistTemplate> {
    UUID id;
    String name;
    List<JsonTemplateEntry> entries;

    static JsonTemplate from(ChecklistTemplate t, UnknownFields unknown) {
        JsonTemplate dto = new JsonTemplate();
        dto.id = t.id();
        dto.name = t.name();
        dto.entries = new ArrayList<>();
        for (int i = 0; i < t.entries().size(); i++) {
            dto.entries.add(JsonTemplateEntry.from(t.entries().get(i), unknown, entryOwner(t.id(), i)));
        }
        dto.keepUnknown(unknown.of(t.id().toString()));
        return dto;
    }

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
