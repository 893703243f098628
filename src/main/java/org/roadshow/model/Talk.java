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
}
