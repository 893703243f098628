package org.roadshow.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One entry of an imported conference programme. {@code id} is Roadshow's own stable id; {@code guid},
 * {@code sourceId} and {@code slug} are what the published file calls it (any may be empty) and are used
 * to match sessions when an updated programme is imported. {@code starredBy} holds the people who want
 * to attend. {@code cancelled} marks a session that an updated programme no longer lists but that someone
 * starred or linked to their own talk: it is kept, so that no star or link is lost, and shown as cancelled.
 */
public record Session(UUID id, String guid, String sourceId, String slug, String title, String subtitle,
                      String track, String type, String room, Moment start, Moment end, List<String> speakers,
                      String abstractText, List<String> links, Set<UUID> starredBy,
                      boolean cancelled) {
    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        guid = Lists.text(guid);
        sourceId = Lists.text(sourceId);
        slug = Lists.text(slug);
        title = Lists.text(title);
        subtitle = Lists.text(subtitle);
        track = Lists.text(track);
        type = Lists.text(type);
        room = Lists.text(room);
        speakers = Lists.copy(speakers);
        abstractText = Lists.text(abstractText);
        links = Lists.copy(links);
        starredBy = Lists.copySet(starredBy);
    }

    /** A session as published (not cancelled). */
    public Session(UUID id, String guid, String sourceId, String slug, String title, String subtitle, String track,
                   String type, String room, Moment start, Moment end, List<String> speakers, String abstractText,
                   List<String> links, Set<UUID> starredBy) {
        this(id, guid, sourceId, slug, title, subtitle, track, type, room, start, end, speakers, abstractText, links,
                starredBy, false);
    }

    public boolean starredBy(UUID person) {
        return starredBy.contains(person);
    }

    public Session withStarredBy(Set<UUID> people) {
        return new Session(id, guid, sourceId, slug, title, subtitle, track, type, room, start, end, speakers,
                abstractText, links, people, cancelled);
    }

    public Session withCancelled(boolean isCancelled) {
        return new Session(id, guid, sourceId, slug, title, subtitle, track, type, room, start, end, speakers,
                abstractText, links, starredBy, isCancelled);
    }

    /** The same published content under another id, with another set of stars (a re-import keeps both). */
    public Session withIdentity(UUID newId, Set<UUID> people) {
        return new Session(newId, guid, sourceId, slug, title, subtitle, track, type, room, start, end, speakers,
                abstractText, links, people, false);
    }

    public Session withGuid(String guid) {
        return new Session(id, guid, sourceId, slug, title, subtitle, track, type, room, start, end, speakers,
                abstractText, links, starredBy, cancelled);
    }

    public Session withSourceId(String sourceId) {
        return new Session(id, guid, sourceId, slug, title, subtitle, track, type, room, start, end, speakers,
                abstractText, links, starredBy, cancelled);
    }

    public Session withSlug(String slug) {
        return new Session(id, guid, sourceId, slug, title, subtitle, track, type, room, start, end, speakers,
                abstractText, links, starredBy, cancelled);
    }

    public Session withTitle(String title) {
        return new Session(id, guid, sourceId, slug, title, subtitle, track, type, room, start, end, speakers,
                abstractText, links, starredBy, cancelled);
    }

    public Session withSubtitle(String subtitle) {
        return new Session(id, guid, sourceId, slug, title, subtitle, track, type, room, start, end, speakers,
                abstractText, links, starredBy, cancelled);
    }

    public Session withTrack(String track) {
        return new Session(id, guid, sourceId, slug, title, subtitle, track, type, room, start, end, speakers,
                abstractText, links, starredBy, cancelled);
    }

    public Session withType(String type) {
        return new Session(id, guid, sourceId, slug, title, subtitle, track, type, room, start, end, speakers,
                abstractText, links, starredBy, cancelled);
    }

    public Session withRoom(String room) {
        return new Session(id, guid, sourceId, slug, title, subtitle, track, type, room, start, end, speakers,
                abstractText, links, starredBy, cancelled);
    }

    public Session withStart(Moment start) {
        return new Session(id, guid, sourceId, slug, title, subtitle, track, type, room, start, end, speakers,
                abstractText, links, starredBy, cancelled);
    }

    public Session withEnd(Moment end) {
        return new Session(id, guid, sourceId, slug, title, subtitle, track, type, room, start, end, speakers,
                abstractText, links, starredBy, cancelled);
    }

    public Session withSpeakers(List<String> speakers) {
        return new Session(id, guid, sourceId, slug, title, subtitle, track, type, room, start, end, speakers,
                abstractText, links, starredBy, cancelled);
    }

    public Session withAbstractText(String abstractText) {
        return new Session(id, guid, sourceId, slug, title, subtitle, track, type, room, start, end, speakers,
                abstractText, links, starredBy, cancelled);
    }

    public Session withLinks(List<String> links) {
        return new Session(id, guid, sourceId, slug, title, subtitle, track, type, room, start, end, speakers,
                abstractText, links, starredBy, cancelled);
    }
}
