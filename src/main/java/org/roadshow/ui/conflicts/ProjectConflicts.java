package org.roadshow.ui.conflicts;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.Conflict;
import org.roadshow.plan.Conflicts;
import org.roadshow.plan.Severity;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.document.Document;

/**
 * Every conflict of the open project, with the counts the status bar shows. Shared by the panel, the status bar
 * and the timeline, so that a change is checked once, not once per view. The check runs in the background, so
 * typing in a form of a big project never waits on it: after each change only the trips that changed are
 * checked again (an edit replaces its own trip and keeps the other trip records as they were), and when
 * changes come faster than checks, only the newest project's result is shown; older ones are dropped.
 */
public final class ProjectConflicts {
    private static final Logger LOG = Logger.getLogger(ProjectConflicts.class.getName());

    /** One finished check: the project it is of, each trip's conflicts and the count of errors. */
    private record Checked(Project project, Map<Trip, List<Conflict>> byTrip, List<Conflict> all, int errors) {
    }

    private final Background background;
    private final ObservableList<Conflict> all = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper(this, "errors");
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper(this, "warnings");
    /** What is shown, read on the FX thread only. */
    private Checked shown = new Checked(Project.empty(), Map.of(), List.of(), 0);
    /** The project of the newest check asked for: any other's result is stale. */
    private Project wanted;

    public ProjectConflicts(Document document, Background background) {
        this.background = background;
        document.projectProperty().addListener((o, was, now) -> check(now));
        check(document.project());
    }

    private void check(Project project) {
        wanted = project;
        Checked known = shown;
        background.run(() -> check(project, known), this::show, e -> LOG.log(Level.WARNING, "Conflict check failed", e));
    }

    /** Off the FX thread: the trips of {@code known} that did not change keep their conflicts. */
    private static Checked check(Project project, Checked known) {
        boolean sameNames = samePeople(known.project(), project);
        Map<Trip, List<Conflict>> byTrip = new IdentityHashMap<>();
        List<Conflict> found = new ArrayList<>();
        int errors = 0;
        for (Trip trip : project.trips()) {
            List<Conflict> ofTrip = sameNames ? known.byTrip().get(trip) : null;
            if (ofTrip == null) {
                ofTrip = Conflicts.forTrip(project, trip);
            }
            byTrip.put(trip, ofTrip);
            found.addAll(ofTrip);
            for (Conflict c : ofTrip) {
                errors += c.severity() == Severity.ERROR ? 1 : 0;
            }
        }
        return new Checked(project, byTrip, found, errors);
    }

    /** Whether the sentences of both name people alike: a trip's conflicts depend on nothing else outside it. */
    private static boolean samePeople(Project a, Project b) {
        List<Person> x = a.people();
        List<Person> y = b.people();
        return x == y || x.equals(y);
    }

    private void show(Checked checked) {
        if (checked.project() != wanted) {
            return; // a newer change is being checked: its result replaces this one
        }
        shown = checked;
        all.setAll(checked.all());
        errors.set(checked.errors());
        warnings.set(checked.all().size() - checked.errors());
    }

    /**
     * The conflicts of the trip, as {@link Conflicts#forTrip}: those already found when the trip is one the last
     * shown check saw, else checked now (a view showing a change before its check has come back).
     */
    public List<Conflict> ofTrip(Project project, Trip trip) {
        List<Conflict> found = samePeople(shown.project(), project) ? shown.byTrip().get(trip) : null;
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
