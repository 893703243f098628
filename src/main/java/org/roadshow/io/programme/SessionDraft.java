package org.roadshow.io.programme;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The fields of one session as a parser collects them; {@link #build} checks them. */
final class SessionDraft {
    int line;
    String guid = "";
    String sourceId = "";
    String slug = "";
    String title = "";
    String subtitle = "";
    String track = "";
    String type = "";
    String room = "";
    String abstractText = "";
    String description = "";
    LocalDateTime start;
    LocalDateTime end;
    ZoneId zone;
    ZoneOffset offset;
    final List<String> speakers = new ArrayList<>();
    final List<String> links = new ArrayList<>();

    /** The session, or an {@link IllegalArgumentException} saying what is missing. */
    ParsedSession build() {
        if (title.isBlank()) {
            throw new IllegalArgumentException("the session has no title");
        }
        if (start == null) {
            throw new IllegalArgumentException("\"" + title.strip() + "\" has no start time");
        }
        LocalDateTime finish = end == null ? start : end;
        if (finish.isBefore(start)) {
            throw new IllegalArgumentException("\"" + title.strip() + "\" ends before it starts");
        }
        String text = HtmlText.plain(abstractText.isBlank() ? description : abstractText);
        return new ParsedSession(line, guid.strip(), sourceId.strip(), slug.strip(), title.strip(),
                subtitle.strip(), track.strip(), type.strip(), room.strip(), start, finish, zone, offset,
                List.copyOf(speakers), text, List.copyOf(links));
    }
}
