package org.roadshow.edit;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.model.Session;
import org.roadshow.model.Talk;
import org.roadshow.model.Trip;

/** Edits on imported programmes: starring a session for a person, linking a team talk to its session. */
public final class ProgrammeEdits {
    private ProgrammeEdits() {
    }

    /** Stars the session for the person, or removes the star if it is there. */
    public static Edit toggleStar(UUID tripId, UUID programmeId, UUID sessionId, UUID personId) {
        return Edit.of("Star session", p -> setStar(p, tripId, programmeId, sessionId, personId, null));
    }

    /** Sets or clears the person's star on the session. */
    public static Edit star(UUID tripId, UUID programmeId, UUID sessionId, UUID personId, boolean starred) {
        return Edit.of(starred ? "Star session" : "Unstar session",
                p -> setStar(p, tripId, programmeId, sessionId, personId, starred));
    }

    private static Project setStar(Project p, UUID tripId, UUID programmeId, UUID sessionId, UUID personId,
                                   Boolean starred) {
        Trip trip = Edits.trip(p, tripId);
        Programme programme = trip.programme(programmeId)
                .orElseThrow(() -> new IllegalArgumentException("no programme with id " + programmeId));
        Programme next = programme.withSessions(programme.sessions().stream().map(s -> {
            if (!s.id().equals(sessionId)) {
                return s;
            }
            Set<UUID> people = new LinkedHashSet<>(s.starredBy());
            boolean on = starred != null ? starred : !people.contains(personId);
            if (on) {
                people.add(personId);
            } else {
                people.remove(personId);
            }
            return s.withStarredBy(people);
        }).toList());
        return p.withTrip(trip.withProgramme(next));
    }

    /** Links the team talk to a programme session, or unlinks it when {@code sessionId} is null. */
    public static Edit linkTalk(UUID tripId, UUID talkId, UUID sessionId) {
        return Edit.of(sessionId == null ? "Unlink talk from programme" : "Link talk to programme", p -> {
            Trip trip = Edits.trip(p, tripId);
            Talk talk = trip.items(Talk.class).stream().filter(t -> t.id().equals(talkId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no talk with id " + talkId));
            return p.withTrip(trip.withItem(talk.withSessionId(sessionId)));
        });
    }

    /** The session with this id in any programme of the trip. */
    public static java.util.Optional<Session> session(Trip trip, UUID sessionId) {
        return trip.programmes().stream().flatMap(pr -> pr.sessions().stream())
                .filter(s -> s.id().equals(sessionId)).findFirst();
    }
}
