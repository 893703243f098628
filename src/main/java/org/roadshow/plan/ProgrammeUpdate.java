package org.roadshow.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.roadshow.model.Conference;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.model.Session;
import org.roadshow.model.Talk;
import org.roadshow.model.Trip;

/**
 * An import prepared against one project snapshot, not yet applied: which programme of the trip it
 * updates (the one with the same name, else from the same file; none for a first import), the merged
 * programme and the report. The UI and the command line show the report, then apply
 * {@code Edits.putProgramme(tripId, after, label())} as one edit.
 */
public record ProgrammeUpdate(UUID tripId, Programme before, Programme after, MergeReport report) {

    public static ProgrammeUpdate prepare(Project project, UUID tripId, Programme fresh) {
        return prepare(project, tripId, fresh, null);
    }

    /**
     * As {@link #prepare(Project, UUID, Programme)}, but updating the programme with id {@code updating} when
     * given (Update Programme: the one the user chose, whatever the new version is called).
     */
    public static ProgrammeUpdate prepare(Project project, UUID tripId, Programme fresh, UUID updating) {
        Trip trip = project.trip(tripId).orElseThrow(() -> new IllegalArgumentException("no trip with id " + tripId));
        Programme before = updating != null ? trip.programme(updating).orElseThrow(
                () -> new IllegalArgumentException("no programme with id " + updating))
                : target(trip, fresh.name(), fresh.source()).orElse(null);
        Set<UUID> linked = trip.items(Talk.class).stream().map(Talk::sessionId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Programme linkedToConference = fresh.conferenceId() != null ? fresh
                : fresh.withConferenceId(conferenceFor(trip, fresh).orElse(null));
        ProgrammeMerge.Result merged = ProgrammeMerge.merge(before, linkedToConference, linked);
        return new ProgrammeUpdate(tripId, before, merged.programme(), merged.report());
    }

    /** The programme an import of {@code name} from {@code source} updates, if the trip has one. */
    public static Optional<Programme> target(Trip trip, String name, String source) {
        Optional<Programme> sameName = trip.programmes().stream()
                .filter(p -> !name.isBlank() && p.name().equalsIgnoreCase(name.strip())).findFirst();
        if (sameName.isPresent()) {
            return sameName;
        }
        return trip.programmes().stream().filter(p -> !source.isBlank() && p.source().equalsIgnoreCase(source)).findFirst();
    }

    /**
     * The zone the trip already knows for a programme of this name: the zone of the programme it would
     * update, else of the conference it names, else of the trip's only conference. A suggestion for
     * files that do not say their zone.
     */
    public static Optional<java.time.ZoneId> knownZone(Trip trip, String name, String source) {
        Optional<Programme> existing = target(trip, name, source);
        if (existing.isPresent()) {
            return existing.map(Programme::zone);
        }
        List<Conference> conferences = trip.items(Conference.class);
        Optional<Conference> byName = conferences.stream()
                .filter(c -> !name.isBlank() && c.name().equalsIgnoreCase(name.strip())).findFirst();
        if (byName.isPresent()) {
            return byName.map(Conference::zone);
        }
        return conferences.size() == 1 ? Optional.of(conferences.get(0).zone()) : Optional.empty();
    }

    /** The trip's conference this programme belongs to: by name, else by dates, else the only one. */
    static Optional<UUID> conferenceFor(Trip trip, Programme fresh) {
        List<Conference> conferences = trip.items(Conference.class);
        Optional<Conference> byName = conferences.stream()
                .filter(c -> !fresh.name().isBlank() && c.name().equalsIgnoreCase(fresh.name().strip())).findFirst();
        if (byName.isPresent()) {
            return byName.map(Conference::id);
        }
        Optional<LocalDate> first = fresh.sessions().stream().map(Session::start).min(Comparator.naturalOrder())
                .map(m -> m.time().toLocalDate());
        Optional<Conference> byDate = first.flatMap(day -> conferences.stream()
                .filter(c -> !day.isBefore(c.firstDay().minusDays(1)) && !day.isAfter(c.lastDay())).findFirst());
        if (byDate.isPresent()) {
            return byDate.map(Conference::id);
        }
        return conferences.size() == 1 ? Optional.of(conferences.get(0).id()) : Optional.empty();
    }

    public boolean isUpdate() {
        return before != null;
    }

    /** The Undo menu's label. */
    public String label() {
        return (isUpdate() ? "Update programme " : "Import programme ") + after.name();
    }
}
