package org.roadshow.plan;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.roadshow.model.Item;
import org.roadshow.model.Moment;
import org.roadshow.model.Programme;
import org.roadshow.model.Session;
import org.roadshow.model.Trip;

/**
 * One thing on an agenda: an item of a trip (talk, shift, demo, travel leg, meeting) or a programme
 * session someone starred. Exactly one of {@code item} and {@code session} is set; {@code programme} goes
 * with {@code session}. {@code people} are the team members it concerns (for a starred session: who
 * starred it).
 */
public record AgendaEntry(AgendaKind kind, UUID id, Trip trip, Moment start, Moment end, List<UUID> people,
                          Item item, Programme programme, Session session) {
    public AgendaEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trip, "trip");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        people = people == null ? List.of() : List.copyOf(people);
        if ((item == null) == (session == null)) {
            throw new IllegalArgumentException("an agenda entry is either an item or a session");
        }
    }

    /** Whether it starts or ends in a different zone than it starts (a travel leg across zones). */
    public boolean crossesZones() {
        return !start.zone().equals(end.zone());
    }
}
