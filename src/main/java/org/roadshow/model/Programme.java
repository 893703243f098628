package org.roadshow.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A conference's published programme as imported into a trip. {@code source} says where it came from
 * (the file name, or the web address); {@code zone} is the zone its times are in; {@code feed} is the address
 * it was fetched from and the server's version tags ({@link ProgrammeFeed#NONE} for a file).
 */
public record Programme(UUID id, UUID conferenceId, String name, String source, ZoneId zone, Instant importedAt,
                      List<Session> sessions, ProgrammeFeed feed) {
    public Programme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        name = Lists.text(name);
        source = Lists.text(source);
        sessions = Lists.copy(sessions);
        feed = feed == null ? ProgrammeFeed.NONE : feed;
    }

    /** A programme read from a file. */
    public Programme(UUID id, UUID conferenceId, String name, String source, ZoneId zone, Instant importedAt,
                     List<Session> sessions) {
        this(id, conferenceId, name, source, zone, importedAt, sessions, ProgrammeFeed.NONE);
    }

    public Programme withSessions(List<Session> newSessions) {
        return new Programme(id, conferenceId, name, source, zone, importedAt, newSessions, feed);
    }

    /** The same content under another id: an updated import keeps the id of the programme it updates. */
    public Programme withId(UUID id) {
        return new Programme(id, conferenceId, name, source, zone, importedAt, sessions, feed);
    }

    public Programme withConferenceId(UUID conferenceId) {
        return new Programme(id, conferenceId, name, source, zone, importedAt, sessions, feed);
    }

    public Programme withName(String name) {
        return new Programme(id, conferenceId, name, source, zone, importedAt, sessions, feed);
    }

    public Programme withSource(String source) {
        return new Programme(id, conferenceId, name, source, zone, importedAt, sessions, feed);
    }

    public Programme withZone(ZoneId zone) {
        return new Programme(id, conferenceId, name, source, zone, importedAt, sessions, feed);
    }

    public Programme withImportedAt(Instant importedAt) {
        return new Programme(id, conferenceId, name, source, zone, importedAt, sessions, feed);
    }

    public Programme withFeed(ProgrammeFeed feed) {
        return new Programme(id, conferenceId, name, source, zone, importedAt, sessions, feed);
    }
}
