package org.roadshow.io.programme;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.roadshow.model.Session;

/**
 * A programme file read and checked, before the zone question is settled. {@code statedZone} is the zone
 * the file gives for the whole programme (frab {@code time_zone_name}, iCalendar {@code X-WR-TIMEZONE}
 * or the one TZID all events use); when it is empty the user is asked, with {@link ZoneGuess} as the
 * suggestion. {@code rooms} are the rooms the file declares, in file order; {@code venue} where the
 * conference takes place, when the file says (Pentabarf {@code <venue>}).
 */
public record ParsedProgramme(ProgrammeFormat format, String source, String title, String city, ZoneId statedZone,
                             List<String> rooms, List<ParsedSession> sessions, List<ImportWarning> warnings,
                             int skipped, String venue) {
    public ParsedProgramme {
        title = title == null ? "" : title;
        city = city == null ? "" : city;
        venue = venue == null ? "" : venue;
        rooms = List.copyOf(rooms);
        sessions = List.copyOf(sessions);
        warnings = List.copyOf(warnings);
    }

    /** A programme whose file names no venue. */
    public ParsedProgramme(ProgrammeFormat format, String source, String title, String city, ZoneId statedZone,
                           List<String> rooms, List<ParsedSession> sessions, List<ImportWarning> warnings, int skipped) {
        this(format, source, title, city, statedZone, rooms, sessions, warnings, skipped, "");
    }

    public Optional<ZoneId> zone() {
        return Optional.ofNullable(statedZone);
    }

    public int sessionCount() {
        return sessions.size();
    }

    /** Whether every session has an exact time without the programme zone (UTC, offsets, TZIDs). */
    public boolean timesAreExact() {
        return !sessions.isEmpty() && sessions.stream().allMatch(ParsedSession::absolute);
    }

    /**
     * Builds the model sessions, each with a fresh id, with floating times in {@code zone}. The zone the
     * file states wins over {@code zone}; pass the user's answer only when the file states none.
     */
    public ProgrammeImportResult toResult(ZoneId zone) {
        ZoneId used = statedZone != null ? statedZone : zone;
        if (used == null) {
            throw new IllegalArgumentException("the file states no time zone: one must be given");
        }
        List<Session> built = new ArrayList<>(sessions.size());
        Set<String> allRooms = new LinkedHashSet<>(rooms);
        List<UUID> ids = randomIds(sessions.size());
        for (int i = 0; i < sessions.size(); i++) {
            ParsedSession p = sessions.get(i);
            built.add(new Session(ids.get(i), p.guid(), p.sourceId(), p.slug(), p.title(), p.subtitle(),
                    p.track(), p.type(), p.room(), p.startIn(used), p.endIn(used), p.speakers(), p.abstractText(),
                    p.links(), Set.of()));
            if (!p.room().isEmpty()) {
                allRooms.add(p.room());
            }
        }
        return new ProgrammeImportResult(this, built, used, statedZone != null, List.copyOf(allRooms));
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Random (version 4) UUIDs as {@link UUID#randomUUID()} makes them, from one draw of the secure random
     * generator for all of them instead of one draw each.
     */
    static List<UUID> randomIds(int count) {
        byte[] bytes = new byte[16 * count];
        RANDOM.nextBytes(bytes);
        List<UUID> ids = new ArrayList<>(count);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        for (int i = 0; i < count; i++) {
            long high = buffer.getLong();
            long low = buffer.getLong();
            high = high & ~0xF000L | 0x4000L; // version 4
            low = low & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L; // IETF variant
            ids.add(new UUID(high, low));
        }
        return ids;
    }
}
