package org.roadshow.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A talk someone on the team gives. {@code speakers} are team members, {@code otherSpeakers} names of
 * co-speakers from outside; {@code sessionId} links the programme session it came from, if any.
 */
public record Talk(UUID id, UUID conferenceId, String title, List<UUID> speakers, List<String> otherSpeakers,
                   String room, Moment start, Moment end, String abstractText, UUID sessionId)
        implements Item, Timed {
    public Talk {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        title = Lists.text(title);
        speakers = Lists.copy(speakers);
        otherSpeakers = Lists.copy(otherSpeakers);
        room = Lists.text(room);
        abstractText = Lists.text(abstractText);
    }

    @Override
    public List<UUID> people() {
        return speakers;
    }

    @Override
    public String label() {
        return title;
    }

    @Override
    public ItemKind kind() {
        return ItemKind.TALK;
    }

    public Talk withConferenceId(UUID conferenceId) {
        return new Talk(id, conferenceId, title, speakers, otherSpeakers, room, start, end, abstractText, sessionId);
    }

    public Talk withTitle(String title) {
        return new Talk(id, conferenceId, title, speakers, otherSpeakers, room, start, end, abstractText, sessionId);
    }

    public Talk withSpeakers(List<UUID> speakers) {
        return new Talk(id, conferenceId, title, speakers, otherSpeakers, room, start, end, abstractText, sessionId);
    }

    public Talk withOtherSpeakers(List<String> otherSpeakers) {
        return new Talk(id, conferenceId, title, speakers, otherSpeakers, room, start, end, abstractText, sessionId);
    }

    public Talk withRoom(String room) {
        return new Talk(id, conferenceId, title, speakers, otherSpeakers, room, start, end, abstractText, sessionId);
    }

    public Talk withStart(Moment start) {
        return new Talk(id, conferenceId, title, speakers, otherSpeakers, room, start, end, abstractText, sessionId);
    }

    public Talk withEnd(Moment end) {
        return new Talk(id, conferenceId, title, speakers, otherSpeakers, room, start, end, abstractText, sessionId);
    }

    public Talk withAbstractText(String abstractText) {
        return new Talk(id, conferenceId, title, speakers, otherSpeakers, room, start, end, abstractText, sessionId);
    }

    public Talk withSessionId(UUID sessionId) {
        return new Talk(id, conferenceId, title, speakers, otherSpeakers, room, start, end, abstractText, sessionId);
    }
}
