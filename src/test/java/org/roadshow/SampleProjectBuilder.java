package org.roadshow;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.roadshow.edit.BlankItems;
import org.roadshow.model.Booth;
import org.roadshow.model.Conference;
import org.roadshow.model.Demo;
import org.roadshow.model.Due;
import org.roadshow.model.Item;
import org.roadshow.model.Moment;
import org.roadshow.model.OpeningHours;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Talk;
import org.roadshow.model.TravelMode;
import org.roadshow.model.Trip;
import org.roadshow.model.UnknownFields;

/**
 * Builds the sample project (assets/samples/roadshow-sample.roadshow) in code, from two real trips:
 * FOSDEM 2017 with the Xen Project booth, and SCALE 6x followed by the Florida Linux Show in 2008.
 * Ids are derived from names so the file is stable. A test checks the asset equals this project.
 */
public final class SampleProjectBuilder {
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    public static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private SampleProjectBuilder() {
    }

    /** A stable id for a named thing in the sample. */
    public static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("roadshow-sample:" + key).getBytes(StandardCharsets.UTF_8));
    }

    public static final UUID LENA = id("person:lena");
    public static final UUID RAVI = id("person:ravi");
    public static final UUID ZOE = id("person:zoe");
    public static final UUID MATEO = id("person:mateo");
    public static final UUID KIRILL = id("person:kirill");
    public static final UUID DANA = id("person:dana");

    public static final UUID FOSDEM_TRIP = id("trip:fosdem-2017");
    public static final UUID SCALE_TRIP = id("trip:scale-florida-2008");

    public static Project build() {
        List<Person> people = List.of(
                new Person(LENA, "Lena Hartmann", "Community manager", "lena@example.org", LONDON),
                new Person(RAVI, "Ravi Iyer", "Hypervisor engineer", "ravi@example.org", LONDON),
                new Person(ZOE, "Zoë Müller", "Developer advocate", "zoe@example.org", BERLIN),
                new Person(MATEO, "Mateo García", "Engineer", "mateo@example.org", MADRID),
                new Person(KIRILL, "Kirill Orlov", "OpenVZ evangelist", "kirill@example.org", MOSCOW),
                new Person(DANA, "Dana Whitfield", "Booth lead", "dana@example.org", NEW_YORK));
        return new Project("Conference trips", people, List.of(fosdem(), scaleAndFlorida()), UnknownFields.NONE);
    }

    private static Moment at(String time, ZoneId zone) {
        return new Moment(LocalDateTime.parse(time), zone);
    }

    private static Trip fosdem() {
        UUID conf = id("fosdem:conference");
        UUID booth = id("fosdem:booth");
        List<Item> items = new ArrayList<>();
        items.add(BlankItems.conference(conf, BRUSSELS, LocalDate.of(2017, 2, 4), LocalDate.of(2017, 2, 5))
                .withName("FOSDEM 2017").withCity("Brussels").withVenue("ULB Solbosch"));
        items.add(BlankItems.booth(booth, BRUSSELS).withConferenceId(conf).withName("Xen Project")
                .withLocation("K, level 1, group C, booth 5").withPartners(List.of("Citrix", "Oracle", "Vates"))
                .withHours(List.of(new OpeningHours(LocalDate.of(2017, 2, 4), LocalTime.of(9, 30), LocalTime.of(18, 0)),
                        new OpeningHours(LocalDate.of(2017, 2, 5), LocalTime.of(9, 30), LocalTime.of(17, 0))))
                .withMinStaff(2).withMaxStaff(3));
        items.add(talk("fosdem:talk:livepatch", conf, "Live patching the Xen Project hypervisor", List.of(RAVI),
                "K.4.201", "2017-02-04T11:30", "2017-02-04T11:55",
                "How xSplice-style live patches are built, loaded and applied without rebooting hosts."));
        items.add(talk("fosdem:talk:license", conf, "Mixed License FOSS Projects", List.of(LENA),
                "H.1302 (Depage)", "2017-02-04T11:35", "2017-02-04T12:20",
                "What happens when a project carries code under several licences, and how to manage it."));
        items.add(talk("fosdem:talk:unikernel", conf, "Adventures in Building Unikernel Clouds", List.of(MATEO),
                "K.4.201", "2017-02-04T14:45", "2017-02-04T15:25",
                "Lessons from running unikernels at scale on the Xen Project hypervisor."));
        items.add(talk("fosdem:talk:dom0", conf, "Towards a HVM-like Dom0 for Xen", List.of(MATEO),
                "K.4.201", "2017-02-04T18:45", "2017-02-04T19:00",
                "Booting Dom0 in PVH mode: status and next steps."));
        items.add(BlankItems.shift(id("fosdem:shift:sat-am"), booth, at("2017-02-04T09:30", BRUSSELS),
                at("2017-02-04T12:00", BRUSSELS)).withPeople(List.of(ZOE, RAVI)));
        items.add(BlankItems.shift(id("fosdem:shift:sat-pm"), booth, at("2017-02-04T12:00", BRUSSELS),
                at("2017-02-04T18:00", BRUSSELS)).withPeople(List.of(ZOE, LENA)));
        items.add(BlankItems.shift(id("fosdem:shift:sun-am"), booth, at("2017-02-05T09:30", BRUSSELS),
                at("2017-02-05T13:00", BRUSSELS)).withPeople(List.of(MATEO, ZOE)));
        items.add(BlankItems.shift(id("fosdem:shift:sun-pm"), booth, at("2017-02-05T13:00", BRUSSELS),
                at("2017-02-05T17:00", BRUSSELS)).withPeople(List.of(LENA)));
        items.add(BlankItems.demo(id("fosdem:demo:xo"), at("2017-02-04T14:00", BRUSSELS),
                at("2017-02-04T14:30", BRUSSELS)).withWhat("Xen Orchestra").withWhere("Xen Project booth (K, level 1)")
                .withEquipment(List.of("Demo laptop", "Backup laptop", "Portable server with two hosts"))
                .withBackupPlan("Switch to the backup laptop with the recorded screencast").withLinkedItem(booth)
                .withPeople(List.of(ZOE)));
        items.add(BlankItems.travel(id("fosdem:leg:out"), TravelMode.TRAIN, at("2017-02-03T16:01", LONDON),
                at("2017-02-03T19:05", BRUSSELS)).withFrom("London St Pancras").withTo("Brussels-Midi")
                .withCarrier("Eurostar 9140").withBookingReference("QX7K2P").withTravellers(List.of(LENA, RAVI)));
        items.add(BlankItems.travel(id("fosdem:leg:zoe-out"), TravelMode.FLIGHT, at("2017-02-03T18:05", BERLIN),
                at("2017-02-03T19:25", BRUSSELS)).withFrom("BER Tegel").withTo("BRU Brussels")
                .withCarrier("Brussels Airlines SN2588").withBookingReference("H4TW9L").withTravellers(List.of(ZOE)));
        items.add(BlankItems.travel(id("fosdem:leg:back"), TravelMode.TRAIN, at("2017-02-05T20:52", BRUSSELS),
                at("2017-02-05T21:57", LONDON)).withFrom("Brussels-Midi").withTo("London St Pancras")
                .withCarrier("Eurostar 9163").withBookingReference("QX7K2P").withTravellers(List.of(LENA, RAVI)));
        items.add(BlankItems.meeting(id("fosdem:meeting:dinner"), at("2017-02-04T19:30", BRUSSELS),
                at("2017-02-04T22:00", BRUSSELS)).withTitle("Xen Project community dinner")
                .withWhere("Brasserie, Rue Royale").withPeople(List.of(LENA, RAVI, ZOE, MATEO))
                .withWithWhom("Citrix, Oracle and Vates booth partners").withNotes("Table for 12 booked"));
        items.add(BlankItems.checklistItem(id("fosdem:check:banner"), "Banner and table cloth for the booth")
                .withDue(new Due.BeforeTrip(7)).withAssignee(ZOE).withDone(true).withLinkedItem(booth));
        items.add(BlankItems.checklistItem(id("fosdem:check:backup"),
                "Backup laptop for the demo, charged and tested").withDue(new Due.BeforeTrip(1)).withAssignee(ZOE)
                .withLinkedItem(id("fosdem:demo:xo")));
        items.add(BlankItems.checklistItem(id("fosdem:check:stickers"), "Stickers and booklets")
                .withDue(new Due.BeforeTrip(10)).withAssignee(LENA).withLinkedItem(booth));
        items.add(BlankItems.checklistItem(id("fosdem:check:passport"), "Passport"));
        return new Trip(FOSDEM_TRIP, "FOSDEM 2017", List.of(LENA, RAVI, ZOE, MATEO), items, List.of());
    }

    private static Trip scaleAndFlorida() {
        UUID scale = id("scale:conference");
        UUID florida = id("florida:conference");
        UUID booth = id("scale:booth");
        List<Item> items = new ArrayList<>();
        items.add(BlankItems.conference(scale, LOS_ANGELES, LocalDate.of(2008, 2, 8), LocalDate.of(2008, 2, 10))
                .withName("SCALE 6x").withCity("Los Angeles").withVenue("Westin LAX"));
        items.add(BlankItems.conference(florida, NEW_YORK, LocalDate.of(2008, 2, 11), LocalDate.of(2008, 2, 11))
                .withName("Florida Linux Show").withCity("Orlando").withVenue("Orange County Convention Center"));
        items.add(BlankItems.booth(booth, LOS_ANGELES).withConferenceId(scale).withName("OpenVZ")
                .withLocation("Exhibit hall, table 42")
                .withHours(List.of(new OpeningHours(LocalDate.of(2008, 2, 9), LocalTime.of(10, 0), LocalTime.of(18, 0)),
                        new OpeningHours(LocalDate.of(2008, 2, 10), LocalTime.of(10, 0), LocalTime.of(16, 0)))));
        items.add(talk("scale:talk:migration", scale, "Live migration of containers with OpenVZ", List.of(KIRILL),
                "Los Angeles A", "2008-02-10T13:30", "2008-02-10T14:30",
                "Checkpointing a running container and restoring it on another host with zero downtime.",
                LOS_ANGELES));
        items.add(talk("florida:talk:openvz", florida, "OpenVZ: containers for Linux", List.of(KIRILL),
                "Hall B", "2008-02-11T11:00", "2008-02-11T12:00",
                "Operating-system-level virtualization for Linux, from one container to a data centre.",
                NEW_YORK));
        items.add(BlankItems.shift(id("scale:shift:sat-am"), booth, at("2008-02-09T10:00", LOS_ANGELES),
                at("2008-02-09T14:00", LOS_ANGELES)).withPeople(List.of(KIRILL, DANA)));
        items.add(BlankItems.shift(id("scale:shift:sat-pm"), booth, at("2008-02-09T14:00", LOS_ANGELES),
                at("2008-02-09T18:00", LOS_ANGELES)).withPeople(List.of(DANA)));
        items.add(BlankItems.shift(id("scale:shift:sun-am"), booth, at("2008-02-10T10:00", LOS_ANGELES),
                at("2008-02-10T13:00", LOS_ANGELES)).withPeople(List.of(DANA)));
        items.add(BlankItems.shift(id("scale:shift:sun-pm"), booth, at("2008-02-10T13:00", LOS_ANGELES),
                at("2008-02-10T16:00", LOS_ANGELES)));
        items.add(BlankItems.demo(id("scale:demo:migration"), at("2008-02-09T15:00", LOS_ANGELES),
                at("2008-02-09T15:30", LOS_ANGELES)).withWhat("Live migration of a running container")
                .withWhere("OpenVZ booth")
                .withEquipment(List.of("Two notebooks", "Gigabit switch", "Backup notebook"))
                .withBackupPlan("Backup notebook with both hosts as containers; demos fail when the most people watch")
                .withLinkedItem(booth).withPeople(List.of(KIRILL)));
        items.add(BlankItems.travel(id("scale:leg:in"), TravelMode.FLIGHT, at("2008-02-07T10:20", MOSCOW),
                at("2008-02-07T16:45", LOS_ANGELES)).withFrom("SVO Moscow").withTo("LAX Los Angeles")
                .withCarrier("Aeroflot SU105").withBookingReference("ZK4PQA").withTravellers(List.of(KIRILL)));
        items.add(BlankItems.travel(id("scale:leg:dana-in"), TravelMode.FLIGHT, at("2008-02-08T08:00", NEW_YORK),
                at("2008-02-08T11:10", LOS_ANGELES)).withFrom("JFK New York").withTo("LAX Los Angeles")
                .withCarrier("American AA1").withBookingReference("MB2F7C").withTravellers(List.of(DANA)));
        items.add(BlankItems.travel(id("scale:leg:redeye"), TravelMode.FLIGHT, at("2008-02-10T22:35", LOS_ANGELES),
                at("2008-02-11T06:20", NEW_YORK)).withFrom("LAX Los Angeles").withTo("MCO Orlando")
                .withCarrier("Delta DL1574").withBookingReference("GX8R2N").withTravellers(List.of(KIRILL, DANA)));
        items.add(BlankItems.travel(id("scale:leg:nyc"), TravelMode.FLIGHT, at("2008-02-11T18:10", NEW_YORK),
                at("2008-02-11T20:45", NEW_YORK)).withFrom("MCO Orlando").withTo("LGA New York")
                .withCarrier("JetBlue B6 1030").withBookingReference("JB6HTT").withTravellers(List.of(KIRILL, DANA)));
        items.add(BlankItems.meeting(id("scale:meeting:nyc"), at("2008-02-12T10:00", NEW_YORK),
                at("2008-02-12T11:30", NEW_YORK)).withTitle("Hosting partner meeting")
                .withWhere("Partner office, Manhattan").withPeople(List.of(KIRILL, DANA))
                .withWithWhom("Hosting provider's platform team")
                .withNotes("Container density numbers, migration roadmap"));
        items.add(BlankItems.checklistItem(id("scale:check:booklets"), "Print 300 OpenVZ booklets")
                .withDue(new Due.BeforeTrip(14)).withAssignee(DANA).withLinkedItem(booth));
        items.add(BlankItems.checklistItem(id("scale:check:cds"),
                "Burn 40 live CDs (15 minutes each: start a week early)").withDue(new Due.BeforeTrip(7))
                .withAssignee(KIRILL).withLinkedItem(booth));
        items.add(BlankItems.checklistItem(id("scale:check:notebook"), "Backup notebook for the live-migration demo")
                .withDue(new Due.BeforeTrip(2)).withAssignee(KIRILL).withLinkedItem(id("scale:demo:migration")));
        items.add(BlankItems.checklistItem(id("scale:check:banner"), "Booth banner")
                .withDue(new Due.On(LocalDate.of(2008, 2, 1))).withAssignee(DANA).withDone(true).withLinkedItem(booth));
        items.add(BlankItems.checklistItem(id("scale:check:passport"), "Passport and US visa")
                .withDue(new Due.BeforeTrip(30)).withAssignee(KIRILL).withDone(true));
        return new Trip(SCALE_TRIP, "SCALE 6x and Florida Linux Show 2008", List.of(KIRILL, DANA), items, List.of());
    }

    private static Talk talk(String key, UUID conference, String title, List<UUID> speakers, String room,
                             String start, String end, String abstractText) {
        return talk(key, conference, title, speakers, room, start, end, abstractText, BRUSSELS);
    }

    private static Talk talk(String key, UUID conference, String title, List<UUID> speakers, String room,
                             String start, String end, String abstractText, ZoneId zone) {
        return BlankItems.talk(id(key), at(start, zone), at(end, zone)).withConferenceId(conference).withTitle(title)
                .withSpeakers(speakers).withRoom(room).withAbstractText(abstractText);
    }
}
