package org.roadshow.io.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.roadshow.model.Programme;
import org.roadshow.model.Session;

/**
 * A programme ready to go into a trip: its sessions with fresh ids, the zone used for times the file
 * left floating and whether the file stated it, the rooms, and what was skipped (with lines).
 */
public record ProgrammeImportResult(ParsedProgramme parsed, List<Session> sessions, ZoneId zone, boolean zoneStated,
                                   List<String> rooms) {
    public ProgrammeImportResult {
        sessions = List.copyOf(sessions);
        rooms = List.copyOf(rooms);
    }

    public List<ImportWarning> warnings() {
        return parsed.warnings();
    }

    public int skipped() {
        return parsed.skipped();
    }

    public String title() {
        return parsed.title();
    }

    /** The calendar days sessions start on, in the programme zone. */
    public Set<LocalDate> days() {
        Set<LocalDate> days = new TreeSet<>();
        for (Session s : sessions) {
            days.add(s.start().zoned().withZoneSameInstant(zone).toLocalDate());
        }
        return days;
    }

    /**
     * The programme to put into a trip: named after the conference (else the file), not yet linked to a
     * conference item (the merge does that).
     */
    public Programme toProgramme(Instant importedAt) {
        String name = parsed.title().isBlank() ? stem(parsed.source()) : parsed.title();
        return new Programme(UUID.randomUUID(), null, name, parsed.source(), zone, importedAt, sessions);
    }

    private static String stem(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** One line for previews and the command line: "773 sessions over 2 days in 108 rooms". */
    public String summary() {
        int days = days().size();
        return sessions.size() + (sessions.size() == 1 ? " session" : " sessions") + " over " + days
                + (days == 1 ? " day" : " days") + " in " + rooms.size() + (rooms.size() == 1 ? " room" : " rooms");
    }
}
