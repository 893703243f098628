package org.roadshow.ui.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.Edits;
import org.roadshow.model.Project;
import org.roadshow.model.Talk;
import org.roadshow.model.Trip;
import org.roadshow.plan.Conflicts;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.document.Document;

/**
 * The project's conflicts are checked off the FX thread: the work executor here is a queue the test runs by
 * hand, so it can finish checks in any order without waiting on time.
 */
class ProjectConflictsTest {
    private static final java.util.UUID LICENSE = SampleProjectBuilder.id("fosdem:talk:license");

    private final Deque<Runnable> work = new ArrayDeque<>();
    private final Background background = new Background(work::add, Runnable::run);

    private static Talk license(Project project) {
        return (Talk) project.item(LICENSE).orElseThrow();
    }

    private static Trip trip(Project project, java.util.UUID id) {
        return project.trip(id).orElseThrow();
    }

    @Test
    void nothingChangesOnScreenUntilTheCheckComesBack() {
        Document document = new Document(SampleProjectBuilder.build(), null, false);
        ProjectConflicts conflicts = new ProjectConflicts(document, background);
        assertEquals("No conflicts", conflicts.summary(), "the first check has not run yet");
        work.removeFirst().run();
        assertEquals("4 errors, 1 warning", conflicts.summary());
        assertEquals(Conflicts.forProject(document.project()), List.copyOf(conflicts.all()));
    }

    @Test
    void theNewestChangeWinsAndAStaleResultIsDropped() {
        Document document = new Document(SampleProjectBuilder.build(), null, false);
        ProjectConflicts conflicts = new ProjectConflicts(document, background);
        work.removeFirst().run();
        // Mateo gives Lena's talk instead (he is free then), and that is undone before the check comes back
        document.apply(Edits.putItem(SampleProjectBuilder.FOSDEM_TRIP,
                license(document.project()).withSpeakers(List.of(SampleProjectBuilder.MATEO))));
        document.undo();
        assertEquals(2, work.size());
        work.removeLast().run(); // the newest check finishes first
        assertEquals("4 errors, 1 warning", conflicts.summary());
        work.removeFirst().run(); // the check of Mateo's talk comes back late: dropped
        assertEquals("4 errors, 1 warning", conflicts.summary(), "not the 3 errors of the project undone");
        assertEquals(Conflicts.forProject(document.project()), List.copyOf(conflicts.all()));
    }

    @Test
    void onlyTheTripThatChangedIsCheckedAgain() {
        Document document = new Document(SampleProjectBuilder.build(), null, false);
        ProjectConflicts conflicts = new ProjectConflicts(document, background);
        work.removeFirst().run();
        Project before = document.project();
        var scaleBefore = conflicts.ofTrip(before, trip(before, SampleProjectBuilder.SCALE_TRIP));
        var fosdemBefore = conflicts.ofTrip(before, trip(before, SampleProjectBuilder.FOSDEM_TRIP));
        document.apply(Edits.putItem(SampleProjectBuilder.FOSDEM_TRIP,
                license(before).withSpeakers(List.of(SampleProjectBuilder.MATEO))));
        work.removeFirst().run();
        Project after = document.project();
        assertSame(scaleBefore, conflicts.ofTrip(after, trip(after, SampleProjectBuilder.SCALE_TRIP)),
                "SCALE did not change: its conflicts are the ones found before");
        assertNotSame(fosdemBefore, conflicts.ofTrip(after, trip(after, SampleProjectBuilder.FOSDEM_TRIP)));
        assertEquals(Conflicts.forProject(after), List.copyOf(conflicts.all()));
    }
}
