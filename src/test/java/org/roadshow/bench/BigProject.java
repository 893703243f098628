package org.roadshow.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.roadshow.edit.BlankItems;
import org.roadshow.model.Booth;
import org.roadshow.model.Conference;
import org.roadshow.model.Demo;
import org.roadshow.model.Item;
import org.roadshow.model.Meeting;
import org.roadshow.model.Moment;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Talk;
import org.roadshow.model.TravelLeg;
import org.roadshow.model.TravelMode;
import org.roadshow.model.Trip;
import org.roadshow.model.UnknownFields;

/** A project of 20 trips with 100 timed items each (2,000 items) across eight zones, for benchmarks. */
public final class BigProject {
    private static final List<ZoneId> ZONES = List.of("Europe/Brussels", "America/Los_Angeles", "America/New_York",
            "Europe/London", "Asia/Tokyo", "Australia/Sydney", "America/Sao_Paulo", "Asia/Kolkata").stream()
            .map(ZoneId::of).toList();

    private BigProject() {
    }

    static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("bench:" + key).getBytes(StandardCharsets.UTF_8));
    }

    public static Project build(int trips) {
        List<Person> people = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            people.add(new Person(id("person" + p), "Person Number " + p, "Advocate", "p" + p + "@example.org",
                    ZONES.get(p % ZONES.size())));
        }
        List<Trip> list = new ArrayList<>();
        for (int t = 0; t < trips; t++) {
            list.add(trip(t, people));
        }
        return new Project("Benchmark", people, list, UnknownFields.NONE);
    }

    private static Trip trip(int t, List<Person> people) {
        ZoneId zone = ZONES.get(t % ZONES.size());
        ZoneId home = ZONES.get((t + 3) % ZONES.size());
        LocalDate day = LocalDate.of(2020, 1, 6).plusWeeks(t * 26L);
        UUID conf = id(t + ":conf");
        UUID booth = id(t + ":booth");
        List<UUID> team = List.of(people.get(t % 12).id(), people.get((t + 1) % 12).id(), people.get((t + 5) % 12).id());
        List<Item> items = new ArrayList<>();
        items.add(new Conference(conf, "Conference " + t, "City " + t, "Convention Centre " + t, zone, day,
                day.plusDays(2)));
        items.add(new Booth(booth, conf, "Booth " + t, "Hall " + (t % 5) + ", level 1, stand " + t,
                List.of("Partner A", "Partner B"), zone, List.of(), 2, 3));
        for (int i = 0; i < 30; i++) {
            LocalDateTime start = day.atTime(9, 0).plusDays(i / 10).plusMinutes((i % 10) * 60L);
            items.add(new Shift(id(t + ":shift" + i), booth, new Moment(start, zone),
                    new Moment(start.plusMinutes(60), zone), List.of(team.get(i % 3), team.get((i + 1) % 3))));
        }
        for (int i = 0; i < 25; i++) {
            LocalDateTime start = day.atTime(10, 0).plusDays(i % 3).plusMinutes(i * 20L);
            Moment from = new Moment(start, zone);
            items.add(BlankItems.talk(id(t + ":talk" + i), from, from.plusMinutes(40))
                    .withConferenceId(conf).withTitle("Talk number " + i + " about containers, hypervisors; "
                            + "and why demos fail")
                    .withSpeakers(List.of(team.get(i % 3))).withOtherSpeakers(List.of("Guest Speaker"))
                    .withRoom("Room " + i).withAbstractText("An abstract long enough to be folded over several lines "
                            + "of the iCalendar file, with commas, semicolons; and a second sentence."));
        }
        for (int i = 0; i < 15; i++) {
            LocalDateTime start = day.atTime(14, 0).plusDays(i % 3).plusMinutes(i * 10L);
            items.add(new Demo(id(t + ":demo" + i), "Demo " + i, "Booth " + t, new Moment(start, zone),
                    new Moment(start.plusMinutes(30), zone), List.of("Laptop", "Backup laptop"),
                    "Screencast on the backup laptop", booth, List.of(team.get(i % 3))));
        }
        for (int i = 0; i < 15; i++) {
            LocalDateTime dep = day.minusDays(1).atTime(6, 0).plusMinutes(i * 45L);
            items.add(new TravelLeg(id(t + ":leg" + i), i % 2 == 0 ? TravelMode.FLIGHT : TravelMode.TRAIN,
                    "AAA Somewhere " + i, "BBB Elsewhere " + i, new Moment(dep, home),
                    new Moment(dep.plusHours(9), zone), "Carrier " + i, "REF" + i, List.of(team.get(i % 3))));
        }
        for (int i = 0; i < 15; i++) {
            LocalDateTime start = day.atTime(19, 0).plusDays(i % 3).plusMinutes(i * 5L);
            items.add(new Meeting(id(t + ":meeting" + i), "Dinner " + i, "Restaurant " + i, new Moment(start, zone),
                    new Moment(start.plusMinutes(120), zone), team, "Partners", "Table booked"));
        }
        return new Trip(id(t + ":trip"), "Trip " + t, team, items, List.of());
    }
}
