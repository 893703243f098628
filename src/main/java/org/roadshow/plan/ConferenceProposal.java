package org.roadshow.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.roadshow.edit.BlankItems;
import org.roadshow.model.Conference;
import org.roadshow.model.Programme;
import org.roadshow.model.Session;
import org.roadshow.model.Trip;

/**
 * The trip's conference as the programme describes it: a new one when the trip has none (so that new items
 * default to the conference's days and zone), or the changes to the conference the programme belongs to where
 * the file says otherwise (offered, never applied unasked). {@code changes} are lines such as "days: Sat 4 Feb
 * 2017 – Sun 5 Feb 2017 → Sat 6 Feb 2021 – Sun 7 Feb 2021"; empty when the conference already agrees.
 */
public record ConferenceProposal(Conference conference, boolean isNew, List<String> changes) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    public ConferenceProposal {
        changes = List.copyOf(changes);
    }

    /**
     * What to propose for {@code programme} (already linked to its conference, if the trip has one) going into
     * {@code trip}; empty when the programme has no sessions or belongs to none of several conferences.
     * {@code city} and {@code venue} are what the file says ("" when nothing); the zone is compared only when
     * the file states it.
     */
    public static Optional<ConferenceProposal> of(Trip trip, Programme programme, String city, String venue,
                                                  boolean zoneStated) {
        Optional<LocalDate[]> days = days(programme);
        if (days.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = days.get()[0];
        LocalDate last = days.get()[1];
        List<Conference> conferences = trip.items(Conference.class);
        if (conferences.isEmpty()) {
            Conference made = BlankItems.conference(UUID.randomUUID(), programme.zone(), first, last)
                    .withName(programme.name()).withCity(city).withVenue(venue);
            return Optional.of(new ConferenceProposal(made, true, List.of("adds the conference \"" + made.name() + "\": "
                    + where(made) + span(first, last) + ", " + made.zone())));
        }
        Optional<Conference> linked = conferences.stream()
                .filter(c -> c.id().equals(programme.conferenceId())).findFirst();
        if (linked.isEmpty()) {
            return Optional.empty();
        }
        Conference c = linked.get();
        Conference updated = c;
        List<String> changes = new ArrayList<>();
        if (!programme.name().isBlank() && !programme.name().strip().equals(c.name())) {
            changes.add("name: " + quoted(c.name()) + " → " + quoted(programme.name().strip()));
            updated = updated.withName(programme.name().strip());
        }
        if (!first.equals(c.firstDay()) || !last.equals(c.lastDay())) {
            changes.add("days: " + span(c.firstDay(), c.lastDay()) + " → " + span(first, last));
            updated = updated.withFirstDay(first).withLastDay(last);
        }
        if (!city.isBlank() && !city.strip().equals(c.city())) {
            changes.add("city: " + quoted(c.city()) + " → " + quoted(city.strip()));
            updated = updated.withCity(city.strip());
        }
        if (!venue.isBlank() && !venue.strip().equals(c.venue())) {
            changes.add("venue: " + quoted(c.venue()) + " → " + quoted(venue.strip()));
            updated = updated.withVenue(venue.strip());
        }
        if (zoneStated && !programme.zone().equals(c.zone())) {
            changes.add("time zone: " + c.zone() + " → " + programme.zone());
            updated = updated.withZone(programme.zone());
        }
        return Optional.of(new ConferenceProposal(updated, false, changes));
    }

    /** Whether there is anything to apply: a new conference, or a change to the existing one. */
    public boolean changesSomething() {
        return isNew || !changes.isEmpty();
    }

    /** The first and last day sessions start on, in the programme's zone; cancelled sessions left out. */
    static Optional<LocalDate[]> days(Programme programme) {
        ZoneId zone = programme.zone();
        LocalDate first = null;
        LocalDate last = null;
        for (Session s : programme.sessions()) {
            if (s.cancelled()) {
                continue;
            }
            LocalDate day = s.start().zoned().withZoneSameInstant(zone).toLocalDate();
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
        }
        return first == null ? Optional.empty() : Optional.of(new LocalDate[] {first, last});
    }

    /** "Sat 6 Feb 2021 – Sun 7 Feb 2021", or one day. */
    static String span(LocalDate first, LocalDate last) {
        return first.equals(last) ? DAY.format(first) : DAY.format(first) + " – " + DAY.format(last);
    }

    private static String where(Conference c) {
        String place = String.join(", ", java.util.stream.Stream.of(c.venue(), c.city()).filter(s -> !s.isBlank()).toList());
        return place.isEmpty() ? "" : place + ", ";
    }

    private static String quoted(String s) {
        return s.isBlank() ? "(none)" : "\"" + s + "\"";
    }

    /** Days between two spans of days: 0 when they overlap or touch. */
    static long gap(LocalDate aFirst, LocalDate aLast, LocalDate bFirst, LocalDate bLast) {
        if (aLast.isBefore(bFirst)) {
            return ChronoUnit.DAYS.between(aLast, bFirst);
        }
        if (bLast.isBefore(aFirst)) {
            return ChronoUnit.DAYS.between(bLast, aFirst);
        }
        return 0;
    }
}
