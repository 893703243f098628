package org.roadshow.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A reusable checklist ("booth kit", "talk"): a name and its entries. The team's own are saved in the project. */
public record ChecklistTemplate(UUID id, String name, List<TemplateEntry> entries) {
    public ChecklistTemplate {
        Objects.requireNonNull(id, "id");
        name = Lists.text(name);
        entries = Lists.copy(entries);
    }

    public static ChecklistTemplate create(String name, List<TemplateEntry> entries) {
        return new ChecklistTemplate(UUID.randomUUID(), name, entries);
    }

    public ChecklistTemplate withName(String name) {
        return new ChecklistTemplate(id, name, entries);
    }

    public ChecklistTemplate withEntries(List<TemplateEntry> entries) {
        return new ChecklistTemplate(id, name, entries);
    }
}
