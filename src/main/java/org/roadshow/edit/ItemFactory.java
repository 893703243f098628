package org.roadshow.edit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.roadshow.model.Booth;
import org.roadshow.model.Conference;
import org.roadshow.model.Item;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Moment;
import org.roadshow.model.OpeningHours;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.TravelMode;
import org.roadshow.model.Trip;

/**
 * New items with a fresh id and defaults that fit the trip: a talk goes on the first conference day at
 * 10:00-10:30 in the conference's zone, a booth opens 09:00-18:00 on each conference day, and so on.
 * Every default passes the form's checks, so a new item can be applied as it is.
 */
public final class ItemFactory {
    private final Clock clock;

    public ItemFactory(Clock clock) {
        this.clock = clock;
    }

    public Item create(ItemKind kind, Trip trip, Project project) {
        UUID id = UUID.randomUUID();
        Optional<Conference> conference = trip.items(Conference.class).stream().findFirst();
        ZoneId zone = conference.map(Conference::zone).orElseGet(() -> homeZone(trip, project));
        LocalDate day = conference.map(Conference::firstDay).or(trip::firstDay).orElseGet(() -> LocalDate.now(clock));
        UUID conferenceId = conference.map(Conference::id).orElse(null);
        return switch (kind) {
            case CONFERENCE -> {
                LocalDate first = trip.items(Conference.class).stream().map(Conference::lastDay)
                        .max(LocalDate::compareTo).map(d -> d.plusDays(1)).orElse(day);
                yield BlankItems.conference(id, zone, first, first.plusDays(1)).withName("New conference");
            }
            case TALK -> BlankItems.talk(id, at(day, 10, 0, zone), at(day, 10, 30, zone))
                    .withConferenceId(conferenceId).withTitle("New talk");
            case BOOTH -> BlankItems.booth(id, zone).withConferenceId(conferenceId).withName("New booth")
                    .withHours(openingHours(conference, day)).withMinStaff(1).withMaxStaff(2);
            case SHIFT -> newShift(id, trip, zone, day);
            case DEMO -> BlankItems.demo(id, at(day, 14, 0, zone), at(day, 14, 30, zone)).withWhat("New demo");
            case TRAVEL -> newLeg(id, trip, project, zone, day, conference);
            case MEETING -> BlankItems.meeting(id, at(day, 19, 0, zone), at(day, 20, 0, zone)).withTitle("New meeting");
            case CHECKLIST -> BlankItems.checklistItem(id, "New checklist item");
        };
    }

    private static Shift newShift(UUID id, Trip trip, ZoneId zone, LocalDate day) {
        Optional<Booth> booth = trip.items(Booth.class).stream().findFirst();
        ZoneId boothZone = booth.map(Booth::zone).orElse(zone);
        LocalDate boothDay = booth.flatMap(b -> b.hours().stream().findFirst()).map(OpeningHours::day).orElse(day);
        LocalTime open = booth.flatMap(b -> b.hours().stream().findFirst()).map(OpeningHours::open)
                .orElse(LocalTime.of(10, 0));
        LocalDateTime start = boothDay.atTime(open);
        LocalDateTime end = start.plusHours(2);
        if (!end.toLocalDate().equals(start.toLocalDate())) {
            end = start.toLocalDate().atTime(23, 59);
        }
        return BlankItems.shift(id, booth.map(Booth::id).orElse(null), new Moment(start, boothZone),
                new Moment(end, boothZone));
    }

    /** A flight the day before the conference, from the first traveller's home zone, two hours long. */
    private static TravelLeg newLeg(UUID id, Trip trip, Project project, ZoneId zone, LocalDate day,
                                    Optional<Conference> conference) {
        ZoneId from = homeZone(trip, project);
        Moment departure = at(day.minusDays(1), 10, 0, from);
        Moment arrival = new Moment(departure.instant().plusSeconds(2 * 3600).atZone(zone).toLocalDateTime(), zone);
        return BlankItems.travel(id, TravelMode.FLIGHT, departure, arrival)
                .withTo(conference.map(Conference::city).orElse("")).withTravellers(trip.people());
    }

    private static List<OpeningHours> openingHours(Optional<Conference> conference, LocalDate day) {
        if (conference.isEmpty()) {
            return List.of(new OpeningHours(day, LocalTime.of(9, 0), LocalTime.of(18, 0)));
        }
        Conference c = conference.get();
        return c.firstDay().datesUntil(c.lastDay().plusDays(1)).limit(14)
                .map(d -> new OpeningHours(d, LocalTime.of(9, 0), LocalTime.of(18, 0))).toList();
    }

    private static ZoneId homeZone(Trip trip, Project project) {
        return trip.people().stream().flatMap(p -> project.person(p).stream())
                .map(p -> p.homeZone()).filter(z -> z != null).findFirst()
                .orElse(ZoneId.systemDefault());
    }

    private static Moment at(LocalDate day, int hour, int minute, ZoneId zone) {
        return new Moment(day.atTime(hour, minute), zone);
    }
}
