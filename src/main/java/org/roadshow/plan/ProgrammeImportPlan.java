package org.roadshow.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.roadshow.edit.Edit;
import org.roadshow.model.Conference;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;

/**
 * Everything an import or update will do, worked out before the user confirms: the programme merge and its
 * report ({@link ProgrammeUpdate}), the trip's conference as the programme describes it, and how far the
 * programme's days are from the trip's (a 2021 programme going into a 2017 trip is asked about first). The UI
 * and the command line show it, then apply {@link #edit} as one undoable edit.
 */
public record ProgrammeImportPlan(ProgrammeUpdate update, ConferenceProposal conference, long daysFromTrip,
                                  String tripDays, String programmeDays) {
    /** Programme days further than this from the trip's are asked about before importing. */
    public static final int FAR_DAYS = 60;

    /**
     * @param updating the programme to update (Update Programme), or null to let the name or source decide
     * @param city     the city the file gives ("" when none)
     * @param venue    the venue the file gives ("" when none)
     */
    public static ProgrammeImportPlan prepare(Project project, UUID tripId, Programme fresh, UUID updating,
                                              String city, String venue, boolean zoneStated) {
        ProgrammeUpdate update = ProgrammeUpdate.prepare(project, tripId, fresh, updating);
        Trip trip = project.trip(tripId).orElseThrow();
        ConferenceProposal proposal = ConferenceProposal.of(trip, update.after(), city, venue, zoneStated).orElse(null);
        if (proposal != null && proposal.isNew()) {
            update = new ProgrammeUpdate(tripId, update.before(),
                    update.after().withConferenceId(proposal.conference().id()), update.report());
        }
        Optional<LocalDate[]> days = ConferenceProposal.days(update.after());
        Optional<LocalDate[]> tripSpan = tripDays(trip);
        long gap = days.isPresent() && tripSpan.isPresent() ? ConferenceProposal.gap(days.get()[0], days.get()[1],
                tripSpan.get()[0], tripSpan.get()[1]) : 0;
        return new ProgrammeImportPlan(update, proposal, gap,
                tripSpan.map(s -> ConferenceProposal.span(s[0], s[1])).orElse(""),
                days.map(s -> ConferenceProposal.span(s[0], s[1])).orElse(""));
    }

    /** Whether the programme's days are so far from the trip's that the user is asked first. */
    public boolean isFar() {
        return daysFromTrip > FAR_DAYS;
    }

    /** "The programme's days (…) are 1,463 days from the trip's (…)." */
    public String farWarning() {
        return "The programme's days (" + programmeDays + ") are " + String.format(java.util.Locale.ENGLISH, "%,d", daysFromTrip)
                + " days from the trip's (" + tripDays + ").";
    }

    /** A conference proposal that creates or changes something. */
    public Optional<ConferenceProposal> conferenceChange() {
        return Optional.ofNullable(conference).filter(ConferenceProposal::changesSomething);
    }

    /**
     * The import as one edit: the programme and, when {@code withConference}, the conference proposal (a new
     * conference, or the changes to the existing one).
     */
    public Edit edit(boolean withConference) {
        UUID tripId = update.tripId();
        Programme programme = update.after();
        Conference c = withConference ? conferenceChange().map(ConferenceProposal::conference).orElse(null) : null;
        Programme kept = c == null && conference != null && conference.isNew() ? programme.withConferenceId(null) : programme;
        return Edit.of(update.label(), p -> {
            Trip trip = p.trip(tripId).orElseThrow(() -> new IllegalArgumentException("no trip with id " + tripId));
            Trip next = trip.withProgramme(kept);
            return p.withTrip(c == null ? next : next.withItem(c));
        });
    }

    /** The first and last day of the trip's conferences and timed items, if it has any. */
    static Optional<LocalDate[]> tripDays(Trip trip) {
        Stream<LocalDate[]> conferences = trip.items(Conference.class).stream()
                .map(c -> new LocalDate[] {c.firstDay(), c.lastDay()});
        Stream<LocalDate[]> items = trip.timed().map(t -> new LocalDate[] {t.start().time().toLocalDate(),
                t.end().time().toLocalDate()});
        LocalDate[] span = Stream.concat(conferences, items).reduce(null, (a, b) -> a == null ? b
                : new LocalDate[] {a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
        return Optional.ofNullable(span);
    }
}
