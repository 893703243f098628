package org.roadshow.io.print;

import static org.roadshow.SampleProjectBuilder.BRUSSELS;
import static org.roadshow.SampleProjectBuilder.FOSDEM_TRIP;
import static org.roadshow.SampleProjectBuilder.id;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.BlankItems;
import org.roadshow.model.Booth;
import org.roadshow.model.Moment;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;

/** The sample's FOSDEM trip with two more people, one Cyrillic and one Greek name, on its Saturday shifts. */
public final class RosterFixtures {
    public static final UUID ANNA = id("person:anna");
    public static final UUID GIORGOS = id("person:giorgos");
    public static final String ANNA_NAME = "Анна Кузнецова";
    public static final String GIORGOS_NAME = "Γιώργος Παπαδόπουλος";

    private RosterFixtures() {
    }

    public static Project project() {
        Project sample = SampleProjectBuilder.build()
                .withPerson(new Person(ANNA, ANNA_NAME, "Engineer", "", BRUSSELS))
                .withPerson(new Person(GIORGOS, GIORGOS_NAME, "Engineer", "", BRUSSELS));
        Trip fosdem = sample.trip(FOSDEM_TRIP).orElseThrow();
        Trip withThem = fosdem.withPeople(List.of(fosdem.people().get(0), fosdem.people().get(1), fosdem.people().get(2),
                        fosdem.people().get(3), ANNA, GIORGOS))
                .withItem(BlankItems.shift(id("fosdem:shift:sat-eve"), booth(fosdem).id(),
                        new Moment(LocalDateTime.parse("2017-02-04T18:00"), BRUSSELS),
                        new Moment(LocalDateTime.parse("2017-02-04T19:00"), BRUSSELS))
                        .withPeople(List.of(ANNA, GIORGOS)));
        return sample.withTrip(withThem);
    }

    public static Trip trip(Project project) {
        return project.trip(FOSDEM_TRIP).orElseThrow();
    }

    public static Booth booth(Trip trip) {
        return trip.items(Booth.class).get(0);
    }

    public static RosterSheet sheet() {
        Project p = project();
        return RosterSheet.of(p, trip(p), booth(trip(p)));
    }
}
