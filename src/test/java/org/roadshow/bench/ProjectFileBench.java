package org.roadshow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.roadshow.edit.BlankItems;
import org.roadshow.io.project.LoadedProject;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.model.Conference;
import org.roadshow.model.Demo;
import org.roadshow.model.Due;
import org.roadshow.model.Item;
import org.roadshow.model.Moment;
import org.roadshow.model.OpeningHours;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.TravelMode;
import org.roadshow.model.Trip;
import org.roadshow.model.UnknownFields;

/**
 * Load and save of a project with 10,000 items of every kind, warm, against a bare Jackson readTree and
 * pretty-printed writeValue of the same file in the same run. Goal: each under 300 ms.
 */
public final class ProjectFileBench {
    static final int ITEMS = 10_000;
    static final int WARMUPS = 8;
    static final int RUNS = 15;
    private static final String TALK_ABSTRACT = "How live patches are built, loaded and applied without rebooting hosts. ";

    private ProjectFileBench() {
    }

    public static void run() throws Exception {
        Project project = project(ITEMS, new Random(42));
        Path dir = Files.createTempDirectory("roadshow-bench");
        Path file = dir.resolve("big.roadshow");
        Path plain = dir.resolve("plain.json");
        try {
            ProjectFile.save(project, file);
            LoadedProject check = ProjectFile.load(file);
            if (!check.project().equals(project)) {
                throw new IllegalStateException("the benchmark project does not round-trip");
            }
            ObjectMapper jackson = new ObjectMapper();
            JsonNode tree = jackson.readTree(file.toFile());
            Benchmarks.Medians load = Benchmarks.interleaved(WARMUPS, RUNS, () -> ProjectFile.load(file),
                    () -> jackson.readTree(file.toFile()));
            Benchmarks.Medians save = Benchmarks.interleaved(WARMUPS, RUNS, () -> ProjectFile.save(project, file),
                    () -> jackson.writerWithDefaultPrettyPrinter().writeValue(plain.toFile(), tree));
            double toBytes = Benchmarks.medianMillis(WARMUPS, RUNS, () -> ProjectFile.toBytes(project));
            System.out.printf("project file with %,d items (%.1f MB), median of %d alternated warm runs:%n", ITEMS,
                    Files.size(file) / 1048576.0, RUNS);
            System.out.printf("  load  %6.1f ms   (bare Jackson readTree of the same file: %6.1f ms, ratio %.2f; goal < 300 ms)%n",
                    load.figure(), load.baseline(), load.pairedRatio());
            System.out.printf("  save  %6.1f ms   (bare Jackson writeValue of the same tree: %6.1f ms, ratio %.2f; goal < 300 ms)%n",
                    save.figure(), save.baseline(), save.pairedRatio());
            System.out.printf("        of which checking and serialising %.1f ms; the rest is the atomic write"
                    + " (fsync of file and folder, .bak link, rename)%n", toBytes);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    /** A team of eight on four trips, with items of every kind and texts of realistic length. */
    static Project project(int items, Random random) {
        String[] zones = {"Europe/Brussels", "America/Los_Angeles", "America/New_York", "Asia/Tokyo"};
        List<Person> people = new ArrayList<>();
        String[] names = {"Lena Hartmann", "Ravi Iyer", "Zoë Müller", "Mateo García", "Kirill Orlov",
            "Dana Whitfield", "Aiko Tanaka", "Sam O'Neill"};
        for (int i = 0; i < names.length; i++) {
            people.add(new Person(new UUID(1, i), names[i], i % 2 == 0 ? "Developer advocate" : "Engineer",
                    names[i].split(" ")[0].toLowerCase() + "@example.org", ZoneId.of(zones[i % zones.length])));
        }
        List<UUID> team = people.stream().map(Person::id).toList();
        List<Trip> trips = new ArrayList<>();
        int perTrip = items / zones.length;
        long next = 0;
        for (int t = 0; t < zones.length; t++) {
            ZoneId zone = ZoneId.of(zones[t]);
            UUID conference = new UUID(2, next++);
            UUID booth = new UUID(2, next++);
            LocalDate day = LocalDate.of(2017, 2, 4).plusMonths(t * 3L);
            List<Item> list = new ArrayList<>();
            list.add(BlankItems.conference(conference, zone, day, day.plusDays(2)).withName("Conference " + t)
                    .withCity("City " + t).withVenue("Convention centre"));
            list.add(BlankItems.booth(booth, zone).withConferenceId(conference).withName("Project booth")
                    .withLocation("Hall K, level 1, group C, booth 5").withPartners(List.of("Partner A", "Partner B"))
                    .withHours(List.of(new OpeningHours(day, LocalTime.of(9, 30), LocalTime.of(18, 0))))
                    .withMinStaff(2).withMaxStaff(3));
            for (int i = 2; i < perTrip; i++) {
                LocalDateTime start = day.atTime(8, 0).plusMinutes(15L * random.nextInt(200));
                Moment from = new Moment(start, zone);
                Moment to = from.plusMinutes(15 + 15L * random.nextInt(8));
                List<UUID> who = List.of(team.get(random.nextInt(team.size())), team.get(random.nextInt(team.size())))
                        .stream().distinct().toList();
                UUID id = new UUID(3, next++);
                list.add(switch (i % 6) {
                    case 0 -> BlankItems.talk(id, from, to).withConferenceId(conference)
                            .withTitle("Live patching the hypervisor, part " + i).withSpeakers(who)
                            .withOtherSpeakers(List.of("Guest Speaker")).withRoom("K.4.201")
                            .withAbstractText(TALK_ABSTRACT.repeat(3));
                    case 1 -> BlankItems.shift(id, booth, from, to).withPeople(who);
                    case 2 -> BlankItems.demo(id, from, to).withWhat("Demo " + i).withWhere("At the booth")
                            .withEquipment(List.of("Laptop", "Backup laptop"))
                            .withBackupPlan("Switch to the recorded screencast").withLinkedItem(booth).withPeople(who);
                    case 3 -> BlankItems.travel(id, TravelMode.FLIGHT, from,
                            new Moment(to.time().plusHours(5), ZoneId.of("America/New_York"))).withFrom("LAX Los Angeles").withTo("MCO Orlando")
                            .withCarrier("Delta DL1574").withBookingReference("GX8R2N").withTravellers(who);
                    case 4 -> BlankItems.meeting(id, from, to).withTitle("Partner meeting " + i)
                            .withWhere("Hotel lobby").withPeople(who).withWithWhom("Hosting provider's platform team")
                            .withNotes("Container density numbers, migration roadmap");
                    default -> BlankItems.checklistItem(id, "Print booklets, batch " + i)
                            .withDue(new Due.BeforeTrip(i % 30)).withAssignee(who.get(0)).withDone(i % 4 == 0)
                            .withLinkedItem(booth);
                });
            }
            trips.add(new Trip(new UUID(4, t), "Trip " + t, team, list, List.of()));
        }
        return new Project("Benchmark project", people, trips, UnknownFields.NONE);
    }
}
