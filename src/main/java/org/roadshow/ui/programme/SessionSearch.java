package org.roadshow.ui.programme;

import java.util.Arrays;
import java.util.Locale;
import org.roadshow.model.Session;

/**
 * The text a session is searched by (title, subtitle, speakers, abstract, room, track), lower-cased once
 * when the programme changes, so that a keystroke only scans prepared strings. Every word typed must
 * occur somewhere.
 */
final class SessionSearch {
    private SessionSearch() {
    }

    static String haystack(Session s) {
        StringBuilder b = new StringBuilder(s.title().length() + s.abstractText().length() + 128);
        b.append(s.title()).append('\n').append(s.subtitle()).append('\n');
        for (String speaker : s.speakers()) {
            b.append(speaker).append('\n');
        }
        b.append(s.room()).append('\n').append(s.track()).append('\n').append(s.abstractText());
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** The words of a query, lower-cased; empty for a blank query. */
    static String[] words(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return q.isEmpty() ? new String[0] : Arrays.stream(q.split("\\s+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    static boolean matches(String haystack, String[] words) {
        for (String w : words) {
            if (!haystack.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
