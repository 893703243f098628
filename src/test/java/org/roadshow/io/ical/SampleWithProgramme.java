package org.roadshow.io.ical;

import static org.roadshow.SampleProjectBuilder.BRUSSELS;
import static org.roadshow.SampleProjectBuilder.LENA;
import static org.roadshow.SampleProjectBuilder.RAVI;
import static org.roadshow.SampleProjectBuilder.ZOE;
import static org.roadshow.SampleProjectBuilder.id;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.Moment;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.model.Session;
import org.roadshow.model.Talk;
import org.roadshow.model.Trip;

/**
 * The sample project plus an imported FOSDEM programme with starred sessions, so that an export holds
 * every kind of agenda entry. Ravi's talk is linked to its programme session, which he also starred:
 * his own export must show it once, as his talk.
 */
public final class SampleWithProgramme {
    public static final UUID PROGRAMME = id("fosdem:programme");
    public static final UUID KEYNOTE = id("fosdem:session:keynote");
    public static final UUID RUST = id("fosdem:session:rust");
    public static final UUID UNSTARRED = id("fosdem:session:unstarred");
    public static final UUID LIVEPATCH_SESSION = id("fosdem:session:livepatch");
    public static final UUID LIVEPATCH_TALK = id("fosdem:talk:livepatch");

    private SampleWithProgramme() {
    }

    public static Project build() {
        Project sample = SampleProjectBuilder.build();
        Trip fosdem = sample.trip(SampleProjectBuilder.FOSDEM_TRIP).orElseThrow();
        Talk livepatch = (Talk) fosdem.item(LIVEPATCH_TALK).orElseThrow();
        Talk linked = livepatch.withSessionId(LIVEPATCH_SESSION);
        Programme programme = new Programme(PROGRAMME, id("fosdem:conference"), "FOSDEM 2017 schedule", "schedule.xml",
                BRUSSELS, Instant.parse("2017-01-20T10:00:00Z"), List.of(
                session(KEYNOTE, "Welcome to FOSDEM 2017", "Janson", "2017-02-04T09:30", "2017-02-04T09:55",
                        List.of("FOSDEM Staff"), "Keynotes", Set.of(ZOE, LENA)),
                session(RUST, "Rust, Cargo and the path to stable; semicolons, commas\\backslashes", "H.2215 (Ferrer)",
                        "2017-02-05T11:00", "2017-02-05T11:40", List.of("Steve Klabnik", "Zoë Müller"), "Rust",
                        Set.of(ZOE)),
                session(UNSTARRED, "A talk nobody starred", "UA2.114", "2017-02-05T12:00", "2017-02-05T12:30",
                        List.of("Someone"), "Misc", Set.of()),
                session(LIVEPATCH_SESSION, livepatch.title(), livepatch.room(), "2017-02-04T11:30", "2017-02-04T11:55",
                        List.of("Ravi Iyer"), "Virtualization", Set.of(RAVI))));
        Trip withProgramme = fosdem.withItem(linked).withProgramme(programme);
        return sample.withTrip(withProgramme);
    }

    private static Session session(UUID id, String title, String room, String start, String end, List<String> speakers,
                                   String track, Set<UUID> starredBy) {
        return new Session(id, id.toString(), "", "", title, "", track, "talk", room,
                new Moment(LocalDateTime.parse(start), BRUSSELS), new Moment(LocalDateTime.parse(end), BRUSSELS),
                speakers, "About " + title + ".", List.of("https://fosdem.org/2017/schedule/"), starredBy);
    }
}
