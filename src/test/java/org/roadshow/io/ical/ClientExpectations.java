package org.roadshow.io.ical;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.roadshow.model.Moment;

/**
 * What a calendar client must show for an exported time: the model's wall-clock time in the zone where it
 * happens, or the UTC time for a local time that a clock change skips or repeats (written in UTC).
 */
record ClientExpectations(String uid, String summary, Shown start, Shown end) {
    record Shown(LocalDateTime local, String zone, long epochSeconds) {
        static Shown of(Moment m) {
            boolean unique = m.zone().getRules().getValidOffsets(m.time()).size() == 1
                    && !(m.zone() instanceof ZoneOffset) && !m.zone().getId().equals("UTC");
            long epoch = m.instant().getEpochSecond();
            return unique ? new Shown(m.time(), m.zone().getId(), epoch)
                    : new Shown(LocalDateTime.ofEpochSecond(epoch, 0, ZoneOffset.UTC), "UTC", epoch);
        }
    }

    static List<ClientExpectations> of(List<ExportedEvent> events) {
        return events.stream().map(e -> new ClientExpectations(e.uid(), e.summary(), Shown.of(e.start()),
                e.end().instant().isAfter(e.start().instant()) ? Shown.of(e.end()) : null)).toList();
    }
}
