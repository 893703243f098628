package org.roadshow.ui.document;

import java.util.Objects;
import java.util.UUID;
import org.roadshow.model.Project;

/** A programme session, by id, so that a selection of it survives edits, undo and redo. */
public record SessionKey(UUID tripId, UUID programmeId, UUID sessionId) {
    public SessionKey {
        Objects.requireNonNull(tripId, "tripId");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(sessionId, "sessionId");
    }

    /** Whether the session is still in the project. */
    public boolean existsIn(Project project) {
        return project.trip(tripId).flatMap(t -> t.programme(programmeId))
                .map(p -> p.sessions().stream().anyMatch(s -> s.id().equals(sessionId))).orElse(false);
    }
}
