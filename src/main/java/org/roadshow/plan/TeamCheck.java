package org.roadshow.plan;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;

/**
 * People at work on a trip they are not part of: on booth duty, speaking or running a demo while not among the
 * trip's people (they were likely picked from the whole team by mistake, and do not count for staffing).
 */
final class TeamCheck {
    private TeamCheck() {
    }

    static void check(Project project, TripFacts facts, List<Conflict> out) {
        Set<UUID> team = facts.team;
        Trip trip = facts.trip;
        String tripName = trip.name().isBlank() ? "this trip" : "the trip “" + trip.name() + "”";
        for (TripFacts.Entry e : facts.timed) {
            CommitmentKind kind = e.commitment().kind();
            if (kind != CommitmentKind.SHIFT && kind != CommitmentKind.TALK && kind != CommitmentKind.DEMO) {
                continue; // travel and meetings may take anyone along
            }
            for (UUID person : e.people()) {
                if (team.contains(person)) {
                    continue;
                }
                Commitment what = e.commitment();
                String name = project.personName(person);
                out.add(new Conflict(ConflictKind.NOT_ON_TRIP, List.of(person), name, what, null, what.startInstant(),
                        what.endInstant(), List.of(e.item().id()), Sentence.later(() -> name + " " + ConflictText.verb(what)
                        + " (" + ConflictText.when(what, false) + ") but is not on " + tripName + ".")));
            }
        }
    }
}
