package org.roadshow.ui.timeline;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roadshow.model.Conference;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;

/**
 * A choice of the clock the timeline shows: each lane's own (where the person is, the booth's zone), a
 * conference's or a person's home zone, UTC, or any other zone.
 */
record ZoneChoice(String label, ZoneId zone) {
    static final ZoneChoice EACH_LANE = new ZoneChoice("Each lane's own clock", null);
    static final ZoneChoice OTHER = new ZoneChoice("Other zone…", null);
    static final ZoneChoice UTC = new ZoneChoice("UTC", ZoneId.of("UTC"));

    /** Each lane's own, the trip's conferences, its people's home zones (one entry per zone), UTC, other. */
    static List<ZoneChoice> choicesFor(Project project, Trip trip) {
        List<ZoneChoice> out = new ArrayList<>();
        out.add(EACH_LANE);
        if (trip != null) {
            Map<ZoneId, String> named = new LinkedHashMap<>();
            for (Conference c : trip.items(Conference.class)) {
                named.merge(c.zone(), c.name(), (a, b) -> a + ", " + b);
            }
            for (UUID id : trip.people()) {
                project.person(id).map(Person::homeZone).ifPresent(z -> named.merge(z, "home of "
                        + firstName(project.personName(id)), (a, b) -> a + ", " + b.replace("home of ", "")));
            }
            named.forEach((zone, who) -> out.add(new ZoneChoice(ZoneNames.city(zone) + " (" + who + ")", zone)));
        }
        out.add(UTC);
        out.add(OTHER);
        return out;
    }

    private static String firstName(String name) {
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }
}
