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
import org.roadshow.model.Moment;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Talk;
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
        items.add(BlankItems.conference(conf, zone, day, day.plusDays(2)).withName("Conference " + t)
                .withCity("City " + t).withVenue("Convention Centre " + t));
        items.add(BlankItems.booth(booth, zone).withConferenceId(conf).withName("Booth " + t)
                .withLocation("Hall " + (t % 5) + ", level 1, stand " + t)
                .withPartners(List.of("Partner A", "Partner B")).withMinStaff(2).withMaxStaff(3));
        for (int i = 0; i < 30; i++) {
            LocalDateTime start = day.atTime(9, 0).plusDays(i / 10).plusMinutes((i % 10) * 60L);
            items.add(BlankItems.shift(id(t + ":shift" + i), booth, new Moment(start, zone),
                    new Moment(start.plusMinutes(60), zone))
                    .withPeople(List.of(team.get(i % 3), team.get((i + 1) % 3))));
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
            items.add(BlankItems.demo(id(t + ":demo" + i), new Moment(start, zone),
                    new Moment(start.plusMinutes(30), zone)).withWhat("Demo " + i).withWhere("Booth " + t)
                    .withEquipment(List.of("Laptop", "Backup laptop"))
                    .withBackupPlan("Screencast on the backup laptop").withLinkedItem(booth)
                    .withPeople(List.of(team.get(i % 3))));
        }
        for (int i = 0; i < 15; i++) {
            LocalDateTime dep = day.minusDays(1).atTime(6, 0).plusMinutes(i * 45L);
            items.add(BlankItems.travel(id(t + ":leg" + i), i % 2 == 0 ? TravelMode.FLIGHT : TravelMode.TRAIN,
                    new Moment(dep, home), new Moment(dep.plusHours(9), zone)).withFrom("AAA Somewhere " + i)
                    .withTo("BBB Elsewhere " + i).withCarrier("Carrier " + i).withBookingReference("REF" + i)
                    .withTravellers(List.of(team.get(i % 3))));
        }
        for (int i = 0; i < 15; i++) {
            LocalDateTime start = day.atTime(19, 0).plusDays(i % 3).plusMinutes(i * 5L);
            items.add(BlankItems.meeting(id(t + ":meeting" + i), new Moment(start, zone),
                    new Moment(start.plusMinutes(120), zone)).withTitle("Dinner " + i).withWhere("Restaurant " + i)
                    .withPeople(team).withWithWhom("Partners").withNotes("Table booked"));
        }
        return new Trip(id(t + ":trip"), "Trip " + t, team, items, List.of());
    }
}
