package org.roadshow.ui.calendar;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.roadshow.model.ItemKind;
import org.roadshow.plan.Severity;

/**
 * What one calendar entry shows, worked out from the project: the entry is made or updated from it and
 * keeps it as its user object, so an edit in the view can find its item. {@code itemKind} is null for a
 * programme session, whose {@code programmeId} is set. Times are wall times on the view's clock.
 * {@code conflict} is the worst severity of the entry's conflicts (null: none), {@code conflicts} their sentences.
 */
public record EntrySpec(UUID id, UUID tripId, EntryKind kind, ItemKind itemKind, UUID programmeId, String title,
                        String location, LocalDateTime start, LocalDateTime end, boolean fullDay, Severity conflict,
                        List<String> conflicts) {
    public EntrySpec {
        conflicts = List.copyOf(conflicts);
    }

    /** The style classes the entry carries beside its kind's: the conflict mark. */
    public List<String> styleClasses() {
        if (conflict == null) {
            return List.of();
        }
        return List.of(conflict == Severity.ERROR ? "rs-conflict-error" : "rs-conflict-warning");
    }
}
