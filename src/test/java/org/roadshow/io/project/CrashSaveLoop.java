package org.roadshow.io.project;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.roadshow.edit.BlankItems;
import org.roadshow.model.Item;
import org.roadshow.model.Meeting;
import org.roadshow.model.Moment;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Talk;
import org.roadshow.model.Trip;
import org.roadshow.model.UnknownFields;

/**
 * The child process of {@link CrashSafetyTest}: saves two versions of a project (different in content
 * and size) over the same file, alternately, until it is killed. Prints {@link #READY} after its first
 * save, so that the kills land in warm saves of either version. With "--once" it saves each version once and exits (used to build a class-data archive).
 */
public final class CrashSaveLoop {
    static final String READY = "ROADSHOW-SAVING";

    private CrashSaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Project[] versions = {version(0), version(1)};
        if (args.length > 1 && args[1].equals("--once")) {
            ProjectFile.save(versions[1], file);
            ProjectFile.save(versions[0], file);
            return;
        }
        ProjectFile.save(versions[1], file);
        System.out.println(READY);
        System.out.flush();
        for (int i = 0; ; i++) {
            ProjectFile.save(versions[i % 2], file);
        }
    }

    /** Version 0 has 40 items, version 1 has 120 with other texts: their files differ in content and length. */
    static Project version(int which) {
        ZoneId zone = ZoneId.of(which == 0 ? "Europe/Brussels" : "America/Los_Angeles");
        UUID person = new UUID(1, 1);
        UUID conference = new UUID(2, 1);
        List<Item> items = new ArrayList<>();
        items.add(BlankItems.conference(conference, zone, LocalDate.of(2017, 2, 4), LocalDate.of(2017, 2, 5))
                .withName(which == 0 ? "FOSDEM" : "SCALE").withCity("City " + which).withVenue("Venue"));
        int count = which == 0 ? 40 : 120;
        for (int i = 0; i < count; i++) {
            Moment start = new Moment(LocalDateTime.of(2017, 2, 4, 9, 0).plusMinutes(15L * i), zone);
            if (i % 2 == 0) {
                items.add(BlankItems.talk(new UUID(3, i), start, start.plusMinutes(25)).withConferenceId(conference)
                        .withTitle("Talk " + i + " of version " + which).withSpeakers(List.of(person))
                        .withRoom("Room " + (i % 7)).withAbstractText("Abstract ".repeat(1 + i % 5)));
            } else {
                items.add(BlankItems.meeting(new UUID(4, i), start, start.plusMinutes(30)).withTitle("Meeting " + i)
                        .withWhere("Where " + which).withPeople(List.of(person)).withWithWhom("Partner " + i)
                        .withNotes("Notes for version " + which));
            }
        }
        Trip trip = new Trip(new UUID(5, 1), "Trip version " + which, List.of(person), items, List.of());
        Person someone = new Person(person, "Ann", "Booth lead", "ann@example.org", zone);
        return new Project("Crash test v" + which, List.of(someone), List.of(trip), UnknownFields.NONE);
    }
}
