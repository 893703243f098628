package org.roadshow.model;

import java.util.Objects;
import java.util.UUID;

/** Something to bring or do. {@code due}, {@code assignee} and {@code linkedItem} may be null. */
public record ChecklistItem(UUID id, String text, Due due, UUID assignee, boolean done, UUID linkedItem)
        implements Item {
    public ChecklistItem {
        Objects.requireNonNull(id, "id");
        text = Lists.text(text);
    }

    @Override
    public String label() {
        return text;
    }

    @Override
    public ItemKind kind() {
        return ItemKind.CHECKLIST;
    }
}
