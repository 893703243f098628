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

    public ChecklistItem withText(String text) {
        return new ChecklistItem(id, text, due, assignee, done, linkedItem);
    }

    public ChecklistItem withDue(Due due) {
        return new ChecklistItem(id, text, due, assignee, done, linkedItem);
    }

    public ChecklistItem withAssignee(UUID assignee) {
        return new ChecklistItem(id, text, due, assignee, done, linkedItem);
    }

    public ChecklistItem withDone(boolean done) {
        return new ChecklistItem(id, text, due, assignee, done, linkedItem);
    }

    public ChecklistItem withLinkedItem(UUID linkedItem) {
        return new ChecklistItem(id, text, due, assignee, done, linkedItem);
    }
}
