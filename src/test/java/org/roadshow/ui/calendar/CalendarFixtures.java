package org.roadshow.ui.calendar;

import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.Edits;
import org.roadshow.io.ical.SampleWithProgramme;
import org.roadshow.io.programme.ProgrammeImport;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.plan.ProgrammeUpdate;

/** Projects the calendar tests and the benchmark show. */
public final class CalendarFixtures {
    private CalendarFixtures() {
    }

    /** The sample project with a FOSDEM 2017 programme whose sessions Zoë, Lena and Ravi starred. */
    public static Project sampleWithStars() {
        return SampleWithProgramme.build();
    }

    /** The sample with FOSDEM 2021's programme (773 sessions) in the FOSDEM trip, every session starred by {@code who}. */
    public static Project fosdem2021StarredBy(UUID who) throws Exception {
        byte[] xml;
        try (InputStream in = CalendarFixtures.class.getResourceAsStream("/schedules/fosdem_2021.xml")) {
            xml = in.readAllBytes();
        }
        Project sample = SampleProjectBuilder.build();
        Programme programme = ProgrammeImport.parse(xml, "fosdem_2021.xml").toResult(ZoneId.of("Europe/Brussels"))
                .toProgramme(Instant.parse("2021-02-01T12:00:00Z"));
        programme = programme.withSessions(programme.sessions().stream().map(s -> s.withStarredBy(Set.of(who))).toList());
        ProgrammeUpdate update = ProgrammeUpdate.prepare(sample, SampleProjectBuilder.FOSDEM_TRIP, programme);
        return Edits.putProgramme(SampleProjectBuilder.FOSDEM_TRIP, update.after(), update.label()).apply(sample);
    }
}
