package org.roadshow.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.roadshow.model.Demo;
import org.roadshow.model.Item;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.Trip;

/**
 * People at work on a trip they are not part of: on booth duty, speaking or running a demo while not among the
 * trip's people (they were likely picked from the whole team by mistake, and do not count for staffing).
 */
final class TeamCheck {
    private TeamCheck() {
    }

    /** {@code booths} is the trip's booth names ({@link Commitments#boothNames}), made once per check. */
    static void check(Project project, Trip trip, Map<UUID, String> booths, List<Conflict> out) {
        Set<UUID> team = new HashSet<>(trip.people());
        String tripName = trip.name().isBlank() ? "this trip" : "the trip “" + trip.name() + "”";
        for (Item item : trip.items()) {
            List<UUID> people = switch (item.kind()) {
                case SHIFT -> ((Shift) item).people();
                case TALK -> ((Talk) item).speakers();
                case DEMO -> ((Demo) item).people();
                default -> List.of();
            };
            Commitment c = null;
            for (UUID person : people) {
                if (team.contains(person)) {
                    continue;
                }
                Commitment what = c == null ? Commitments.of(item, booths) : c;
                c = what;
                String name = project.personName(person);
                out.add(new Conflict(ConflictKind.NOT_ON_TRIP, List.of(person), name, what, null, what.startInstant(),
                        what.endInstant(), List.of(item.id()), Sentence.later(() -> name + " " + ConflictText.verb(what)
                        + " (" + ConflictText.when(what, false) + ") but is not on " + tripName + ".")));
            }
        }
    }
}
