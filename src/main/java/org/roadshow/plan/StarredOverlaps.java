package org.roadshow.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roadshow.model.Trip;

/**
 * The sessions a person starred that run at the same time as another session they starred, across all the
 * trip's programmes (co-located events too). Not a conflict: people star parallel talks to choose between
 * later, so the conflict check leaves these out; the Programme tab marks them so the choice is not missed.
 */
public final class StarredOverlaps {
    private StarredOverlaps() {
    }

    /** For each starred session that overlaps another starred one: the others, as commitments, in time order. */
    public static Map<UUID, List<Commitment>> of(Trip trip, UUID person) {
        List<Commitment> starred = Commitments.starredByPerson(trip).getOrDefault(person, List.of());
        if (starred.size() < 2) {
            return Map.of();
        }
        Map<UUID, List<Commitment>> out = new LinkedHashMap<>();
        OverlapSweep.within(starred, (a, b) -> {
            out.computeIfAbsent(a.id(), x -> new ArrayList<>()).add(b);
            out.computeIfAbsent(b.id(), x -> new ArrayList<>()).add(a);
        });
        for (List<Commitment> others : out.values()) {
            others.sort(OverlapSweep.BY_START);
        }
        return out;
    }
}
