package org.roadshow.ui.conflicts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.Conflict;
import org.roadshow.plan.Conflicts;
import org.roadshow.plan.Severity;
import org.roadshow.ui.document.Document;

/**
 * Every conflict of the open project, recomputed once per change (the check is a sweep: milliseconds for a
 * real project), with the counts the status bar shows. Shared by the panel, the status bar and the timeline,
 * so that a change is checked once, not once per view.
 */
public final class ProjectConflicts {
    private final ObservableList<Conflict> all = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper(this, "errors");
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper(this, "warnings");
    private final Map<UUID, List<Conflict>> byTrip = new HashMap<>();
    private Project checked;

    public ProjectConflicts(Document document) {
        document.projectProperty().addListener((o, was, now) -> update(now));
        update(document.project());
    }

    private void update(Project project) {
        byTrip.clear();
        List<Conflict> found = new ArrayList<>();
        for (Trip trip : project.trips()) {
            List<Conflict> ofTrip = Conflicts.forTrip(project, trip);
            byTrip.put(trip.id(), ofTrip);
            found.addAll(ofTrip);
        }
        checked = project;
        all.setAll(found);
        int e = (int) found.stream().filter(c -> c.severity() == Severity.ERROR).count();
        errors.set(e);
        warnings.set(found.size() - e);
    }

    /**
     * The conflicts of the trip, as {@link Conflicts#forTrip}: those already found when {@code project} is the
     * one last checked, else checked now (a view whose listener runs before this one's).
     */
    public List<Conflict> ofTrip(Project project, Trip trip) {
        List<Conflict> found = project == checked ? byTrip.get(trip.id()) : null;
        return found != null ? found : Conflicts.forTrip(project, trip);
    }

    public ObservableList<Conflict> all() {
        return FXCollections.unmodifiableObservableList(all);
    }

    public ReadOnlyIntegerProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** "2 conflicts: 1 error, 1 warning", or "No conflicts". */
    public String summary() {
        int e = errors.get();
        int w = warnings.get();
        if (e + w == 0) {
            return "No conflicts";
        }
        return (e > 0 ? e + (e == 1 ? " error" : " errors") : "") + (e > 0 && w > 0 ? ", " : "")
                + (w > 0 ? w + (w == 1 ? " warning" : " warnings") : "");
    }
}
