package org.roadshow.io.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roadshow.edit.BlankItems;
import org.roadshow.model.Availability;
import org.roadshow.model.Booth;
import org.roadshow.model.ChecklistTemplate;
import org.roadshow.model.Due;
import org.roadshow.model.Item;
import org.roadshow.model.Moment;
import org.roadshow.model.OpeningHours;
import org.roadshow.model.Person;
import org.roadshow.model.Programme;
import org.roadshow.model.ProgrammeFeed;
import org.roadshow.model.Project;
import org.roadshow.model.Session;
import org.roadshow.model.TimeWindow;
import org.roadshow.model.TravelBuffers;
import org.roadshow.model.TravelMode;
import org.roadshow.model.TemplateDue;
import org.roadshow.model.TemplateEntry;
import org.roadshow.model.Trip;
import org.roadshow.model.UnknownFields;

/**
 * Projects that use every part of the file: each item kind, programmes with stars, people, unknown fields
 * at every level, and times next to clock changes (Brussels' spring gap and autumn overlap, Lord Howe's
 * half-hour change, a red-eye flight from Los Angeles to Orlando).
 */
final class ProjectFixtures {
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");

    static final UUID ANN = id(1);
    static final UUID BOB = id(2);
    static final UUID ZOE = id(3);
    static final UUID TRIP = id(10);
    static final UUID CONFERENCE = id(11);
    static final UUID BOOTH = id(12);
    static final UUID TALK = id(13);
    static final UUID SHIFT = id(14);
    static final UUID DEMO = id(15);
    static final UUID LEG = id(16);
    static final UUID MEETING = id(17);
    static final UUID CHECK = id(18);
    static final UUID PROGRAMME = id(19);
    static final UUID SESSION = id(20);
    static final UUID TRIP2 = id(30);
    static final UUID TEMPLATE = id(28);

    private ProjectFixtures() {
    }

    static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }

    static Moment at(String time, ZoneId zone) {
        return new Moment(LocalDateTime.parse(time), zone);
    }

    /** Every item kind once or more, added in an order that interleaves the kinds. */
    static Project everything() {
        return everything(UnknownFields.NONE);
    }

    static Project everything(UnknownFields unknown) {
        List<Person> people = List.of(
                new Person(ANN, "Ann Lee", "Booth lead", "ann@example.org", BRUSSELS),
                new Person(BOB, "Bob Ôtani", "Speaker", "", LOS_ANGELES),
                new Person(ZOE, "Zoë Müller", "", "zoe@example.org", null));
        List<Item> items = new ArrayList<>();
        items.add(BlankItems.talk(TALK, at("2017-03-26T02:30", BRUSSELS), // in the spring gap
                        at("2017-03-26T04:00", BRUSSELS))
                .withConferenceId(CONFERENCE).withTitle("Live patching \"Xen\" — in 25 minutes")
                .withSpeakers(List.of(BOB, ANN)).withOtherSpeakers(List.of("Guest Speaker")).withRoom("K.4.201")
                .withAbstractText("Line one\nline two\ttabbed").withSessionId(SESSION));
        items.add(BlankItems.conference(CONFERENCE, BRUSSELS, LocalDate.of(2017, 3, 25), LocalDate.of(2017, 3, 26))
                .withName("FOSDEM 2017").withCity("Brussels").withVenue("ULB"));
        items.add(BlankItems.booth(BOOTH, BRUSSELS).withConferenceId(CONFERENCE).withName("Xen Project")
                .withLocation("K, level 1, group C, booth 5").withPartners(List.of("Citrix", "Vates"))
                .withHours(List.of(new OpeningHours(LocalDate.of(2017, 3, 25), LocalTime.of(9, 30), LocalTime.of(18, 0)),
                        new OpeningHours(LocalDate.of(2017, 3, 26), LocalTime.of(10, 0), LocalTime.of(16, 45))))
                .withMinStaff(0).withMaxStaff(3).withShiftMinutes(150).withOverlapMinutes(15));
        items.add(BlankItems.shift(SHIFT, BOOTH, at("2017-10-29T02:30", BRUSSELS), // in the autumn overlap
                at("2017-10-29T03:30", BRUSSELS)).withPeople(List.of(ANN, ZOE)).withPinned(List.of(ZOE)));
        items.add(BlankItems.demo(DEMO, at("2017-04-02T01:45", LORD_HOWE), // Lord Howe overlap
                at("2017-04-02T02:15", LORD_HOWE)).withWhat("Xen Orchestra").withWhere("Booth")
                .withEquipment(List.of("Laptop", "Backup laptop")).withBackupPlan("Screencast").withLinkedItem(BOOTH)
                .withPeople(List.of(ZOE)));
        items.add(BlankItems.travel(LEG, TravelMode.FLIGHT, at("2008-02-10T22:35", LOS_ANGELES),
                at("2008-02-11T06:20", NEW_YORK)).withFrom("LAX Los Angeles").withTo("MCO Orlando")
                .withCarrier("Delta DL1574").withBookingReference("GX8R2N").withTravellers(List.of(BOB)));
        items.add(BlankItems.meeting(MEETING, at("2017-10-28T19:30", LORD_HOWE), at("2017-10-28T22:00", LORD_HOWE))
                .withTitle("Dinner").withWhere("Rue Royale").withPeople(List.of(ANN, BOB)).withWithWhom("Partners")
                .withNotes("Table for 12"));
        items.add(BlankItems.checklistItem(CHECK, "Banner").withDue(new Due.BeforeTrip(7)).withAssignee(ZOE)
                .withDone(true).withLinkedItem(BOOTH));
        items.add(BlankItems.checklistItem(id(21), "Passport").withDue(new Due.On(LocalDate.of(2017, 3, 1))));
        items.add(BlankItems.checklistItem(id(22), "Stickers").withAssignee(ANN).withLinkedItem(DEMO));
        items.add(BlankItems.checklistItem(id(26), "Rehearse").withDue(new Due.BeforeItem(TALK, 1, LocalTime.of(18, 0)))
                .withLinkedItem(TALK));
        items.add(BlankItems.checklistItem(id(27), "Charge the laptop").withDue(new Due.BeforeItem(DEMO, 0, null)));
        items.add(BlankItems.travel(id(23), TravelMode.TRAIN, at("2017-10-29T01:00", ZoneId.of("Europe/London")),
                at("2017-10-29T04:05", BRUSSELS)).withFrom("London").withTo("Brussels"));
        Session starred = new Session(SESSION, "guid-1", "1234", "live-patching", "Live patching", "Subtitle", "Xen",
                "talk", "K.4.201", at("2017-03-26T02:30", BRUSSELS), at("2017-03-26T04:00", BRUSSELS),
                List.of("Bob Ôtani"), "Abstract", List.of("https://example.org/1"), new LinkedHashSet<>(List.of(ZOE, ANN)),
                true);
        Session plain = new Session(id(24), "", "", "", "Keynote", "", "", "", "Janson",
                at("2017-03-25T10:00", BRUSSELS), at("2017-03-25T10:50", BRUSSELS), List.of(), "", List.of(), null);
        Programme programme = new Programme(PROGRAMME, CONFERENCE, "FOSDEM 2017 schedule", "schedule.xml", BRUSSELS,
                Instant.parse("2017-01-10T08:00:00Z"), List.of(starred, plain),
                new ProgrammeFeed("https://fosdem.org/2017/schedule/xml", "\"5f2b-1a\"", "Tue, 10 Jan 2017 07:58:00 GMT"));
        Programme bare = new Programme(id(25), null, "", "", LORD_HOWE, null, List.of());
        Trip trip = new Trip(TRIP, "FOSDEM 2017", List.of(ANN, BOB, ZOE), items, List.of(programme, bare),
                new TravelBuffers(45, 120, 0))
                .withAvailability(List.of(new Availability(ANN, 240, List.of(
                                new TimeWindow(at("2017-03-25T12:00", BRUSSELS), at("2017-03-25T13:30", BRUSSELS),
                                        "Press interview"),
                                new TimeWindow(at("2017-03-26T02:30", BRUSSELS), at("2017-03-26T04:00", BRUSSELS), ""))),
                        new Availability(ZOE, 0, List.of(new TimeWindow(at("2017-03-25T17:00", LORD_HOWE),
                                at("2017-03-25T18:00", LORD_HOWE), "Call home")))));
        Trip empty = new Trip(TRIP2, "", List.of(), List.of(), List.of());
        ChecklistTemplate talkKit = new ChecklistTemplate(TEMPLATE, "Talk — ours", List.of(
                new TemplateEntry("Slides as PDF", new TemplateDue.BeforeItem(1, LocalTime.of(18, 0))),
                new TemplateEntry("Clicker", new TemplateDue.BeforeItem(0, null)),
                new TemplateEntry("Visa", new TemplateDue.BeforeTrip(30)),
                TemplateEntry.of("Water")));
        ChecklistTemplate blank = new ChecklistTemplate(id(29), "", List.of());
        return new Project("Trips — 2017", people, List.of(trip, empty), List.of(talkKit, blank), unknown);
    }

    /** Unknown fields at the top, in a trip, a person, items, nested moments, hours, a due date and a session. */
    static UnknownFields unknownEverywhere() {
        Map<String, Map<String, Object>> byOwner = new LinkedHashMap<>();
        byOwner.put("project", Map.of("theme", "dark", "zLast", List.of(1, 2, 3)));
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("b", "second");
        nested.put("a", new BigDecimal("1.50"));
        nested.put("none", null);
        nested.put("empty", "");
        nested.put("list", List.of());
        byOwner.put(TRIP.toString(), Map.of("hotels", List.of(Map.of("name", "Hotel Métropole", "nights", 3))));
        byOwner.put(ANN.toString(), Map.of("phone", "+32 2 123 45 67"));
        byOwner.put(TALK.toString(), Map.of("color", "red", "nested", nested));
        byOwner.put(TALK + "/start", Map.of("precision", "minute"));
        byOwner.put(LEG + "/arrival", Map.of("terminal", "B"));
        byOwner.put(TRIP + "/travelBuffers", Map.of("security", "fast track"));
        byOwner.put(BOOTH + "/hours[1]", Map.of("note", "closes early"));
        byOwner.put(CHECK + "/due", Map.of("remind", true));
        byOwner.put(id(26) + "/due", Map.of("remind", "evening"));
        byOwner.put(TEMPLATE.toString(), Map.of("shared", true));
        byOwner.put(TEMPLATE + "/entries[0]", Map.of("note", "two copies"));
        byOwner.put(TEMPLATE + "/entries[0]/due", Map.of("remind", true));
        byOwner.put(SESSION.toString(), Map.of("video", "https://video.example.org/1"));
        byOwner.put(PROGRAMME.toString(), Map.of("mirror", "https://mirror.example.org/schedule.xml"));
        byOwner.put(TRIP + "/availability/" + ANN, Map.of("why", "speaker training"));
        byOwner.put(TRIP + "/availability/" + ANN + "/unavailable[0]", Map.of("room", "Press room"));
        byOwner.put(TRIP + "/availability/" + ZOE + "/unavailable[0]/end", Map.of("approx", true));
        return new UnknownFields(byOwner);
    }
}
