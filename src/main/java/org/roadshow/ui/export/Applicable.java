package org.roadshow.ui.export;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.roadshow.io.ical.IcsExport;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.Agenda;
import org.roadshow.plan.AgendaEntry;
import org.roadshow.plan.AgendaKind;
import org.roadshow.plan.AgendaSelection;

/**
 * Which trips and kinds a choice of "Whose items" can export anything from, and why the others cannot: the form
 * disables those and says why in a tooltip, so that nothing ticked silently exports nothing.
 */
final class Applicable {
    private Applicable() {
    }

    /** Each trip, with null when it has something for {@code whose}, else why not. */
    static Map<Trip, String> trips(Project project, Whose whose) {
        Map<Trip, String> out = new LinkedHashMap<>();
        for (Trip trip : project.trips()) {
            AgendaSelection one = selection(whose, Set.of(trip.id()), EnumSet.allOf(AgendaKind.class));
            boolean any = !Agenda.select(project, one).isEmpty() || !IcsExport.todos(project, one, Map.of()).isEmpty();
            out.put(trip, any ? null : "Nothing for " + whose.describe() + " in this trip"
                    + (whose.person() != null && !trip.people().contains(whose.person()) ? ": not on it" : ""));
        }
        return out;
    }

    /** Whether a trip starts ticked: it has something, and a chosen person is among its people. */
    static boolean tickedAtFirst(Trip trip, Whose whose, String whyNot) {
        return whyNot == null && (whose.person() == null || trip.people().contains(whose.person()));
    }

    /** Each kind, with null when the ticked trips hold some of it for {@code whose}, else why not. */
    static Map<AgendaKind, String> kinds(Project project, Whose whose, Set<UUID> trips) {
        Set<AgendaKind> found = new HashSet<>();
        if (!trips.isEmpty()) {
            AgendaSelection all = selection(whose, trips, EnumSet.allOf(AgendaKind.class));
            for (AgendaEntry e : Agenda.select(project, all)) {
                found.add(e.kind());
            }
            if (!IcsExport.todos(project, all, Map.of()).isEmpty()) {
                found.add(AgendaKind.TODO);
            }
        }
        Map<AgendaKind, String> out = new LinkedHashMap<>();
        for (AgendaKind kind : AgendaKind.values()) {
            out.put(kind, found.contains(kind) ? null : trips.isEmpty() ? "Tick a trip first"
                    : "None for " + whose.describe() + (trips.size() == 1 ? " in the ticked trip" : " in the ticked trips"));
        }
        return out;
    }

    static AgendaSelection selection(Whose whose, Set<UUID> trips, Set<AgendaKind> kinds) {
        return new AgendaSelection(whose.person(), trips, kinds, whose.booth(), whose.ids());
    }
}
