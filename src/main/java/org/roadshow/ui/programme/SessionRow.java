package org.roadshow.ui.programme;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.roadshow.model.Session;

/**
 * One line of the programme table. It keeps its identity while its session changes (a star, a re-import),
 * so the table keeps its scroll position and selection; the search text and labels are prepared here
 * once per change, never per keystroke.
 */
final class SessionRow {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyStringWrapper clash = new ReadOnlyStringWrapper(this, "clash", "");
    private final ReadOnlyStringWrapper sameTime = new ReadOnlyStringWrapper(this, "sameTime", "");
    private final java.util.UUID programmeId;
    private String haystack;
    private LocalDate day;

    SessionRow(Session s, java.util.UUID programmeId) {
        this.programmeId = programmeId;
        update(s);
    }

    /** The programme the session is in (several can be shown together). */
    java.util.UUID programmeId() {
        return programmeId;
    }

    /** The other starred sessions at the same time, for the selected person; empty when none. */
    ReadOnlyStringProperty sameTimeProperty() {
        return sameTime.getReadOnlyProperty();
    }

    String sameTime() {
        return sameTime.get();
    }

    void setSameTime(String text) {
        sameTime.set(text);
    }

    void update(Session s) {
        Session old = session.get();
        if (old == s) {
            return;
        }
        if (old == null || !sameText(old, s)) {
            haystack = SessionSearch.haystack(s);
        }
        day = s.start().time().toLocalDate();
        session.set(s);
    }

    private static boolean sameText(Session a, Session b) {
        return a.title().equals(b.title()) && a.subtitle().equals(b.subtitle()) && a.speakers().equals(b.speakers())
                && a.room().equals(b.room()) && a.track().equals(b.track()) && a.abstractText().equals(b.abstractText());
    }

    Session session() {
        return session.get();
    }

    ReadOnlyObjectProperty<Session> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** What this session overlaps in the selected person's own plan; empty when nothing. */
    ReadOnlyStringProperty clashProperty() {
        return clash.getReadOnlyProperty();
    }

    String clash() {
        return clash.get();
    }

    void setClash(String text) {
        clash.set(text);
    }

    String haystack() {
        return haystack;
    }

    /** "Sat 6 Feb  09:00–09:25", in the session's own zone; the end's day too when it is another. */
    static String when(Session s) {
        boolean sameDay = s.start().time().toLocalDate().equals(s.end().time().toLocalDate());
        return DAY.format(s.start().time()) + "  " + CLOCK.format(s.start().time()) + "–"
                + (sameDay ? "" : DAY.format(s.end().time()) + " ") + CLOCK.format(s.end().time());
    }

    LocalDate day() {
        return day;
    }
}
