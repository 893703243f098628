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
 * {@code members} is empty but for a summary of overlapping starred sessions, where it lists them one a line
 * (such an entry has neither item kind nor programme).
 */
public record EntrySpec(UUID id, UUID tripId, EntryKind kind, ItemKind itemKind, UUID programmeId, String title,
                        String location, LocalDateTime start, LocalDateTime end, boolean fullDay, Severity conflict,
                        List<String> conflicts, List<String> members) {
    public EntrySpec {
        conflicts = List.copyOf(conflicts);
        members = List.copyOf(members);
    }

    public EntrySpec(UUID id, UUID tripId, EntryKind kind, ItemKind itemKind, UUID programmeId, String title,
                     String location, LocalDateTime start, LocalDateTime end, boolean fullDay, Severity conflict,
                     List<String> conflicts) {
        this(id, tripId, kind, itemKind, programmeId, title, location, start, end, fullDay, conflict, conflicts,
                List.of());
    }

    /** Whether this entry stands for several overlapping starred sessions rather than one item or session. */
    public boolean summary() {
        return !members.isEmpty();
    }

    /** The style classes the entry carries beside its kind's: the conflict mark. */
    public List<String> styleClasses() {
        if (conflict == null) {
            return List.of();
        }
        return List.of(conflict == Severity.ERROR ? "rs-conflict-error" : "rs-conflict-warning");
    }
}
