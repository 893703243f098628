package org.roadshow.io.programme;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.roadshow.model.Moment;

/**
 * One session as read from a file, before it becomes a model {@code Session}. The local times are in
 * {@code zone} when the file names one for this session (an iCalendar TZID), at {@code offset} when it
 * gives an offset or UTC, and otherwise floating: in the programme's zone, which may have to be asked.
 */
record ParsedSession(int line, String guid, String sourceId, String slug, String title, String subtitle,
                     String track, String type, String room, LocalDateTime start, LocalDateTime end,
                     ZoneId zone, ZoneOffset offset, List<String> speakers, String abstractText,
                     List<String> links) {

    Moment startIn(ZoneId programmeZone) {
        return moment(start, programmeZone);
    }

    Moment endIn(ZoneId programmeZone) {
        return moment(end, programmeZone);
    }

    private Moment moment(LocalDateTime local, ZoneId programmeZone) {
        if (zone != null) {
            return new Moment(local, zone);
        }
        if (offset != null) {
            return new Moment(local.atOffset(offset).atZoneSameInstant(programmeZone).toLocalDateTime(),
                    programmeZone);
        }
        return new Moment(local, programmeZone);
    }

    /** Whether the time is exact without knowing the programme's zone. */
    boolean absolute() {
        return zone != null || offset != null;
    }
}
