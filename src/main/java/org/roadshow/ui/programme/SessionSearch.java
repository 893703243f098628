package org.roadshow.ui.programme;

import java.util.ArrayList;
import java.util.List;
import org.roadshow.model.Session;

/**
 * Word-prefix search over a session's title, subtitle, speakers, abstract, room and track: every word typed
 * must begin a word of that text ("rust" finds "Rust" and "rustc", not "Trusted"). The text is lower-cased once
 * when a session changes, so a keystroke only scans prepared strings. Lower-casing goes char by char, which
 * keeps every position where it was: the highlights found in lower case fall on the same characters of the
 * text as shown.
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
        return lower(b);
    }

    /** Lower case, one char for one char. */
    static String lower(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(text.charAt(i));
        }
        return new String(out);
    }

    /** The words of a query, lower-cased; empty for a blank query. */
    static String[] words(String query) {
        String q = query == null ? "" : lower(query.strip());
        if (q.isEmpty()) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        for (String w : q.split("\\s+")) {
            if (!w.isEmpty() && !out.contains(w)) {
                out.add(w);
            }
        }
        return out.toArray(String[]::new);
    }

    static boolean matches(String haystack, String[] words) {
        for (String w : words) {
            if (startOfWord(haystack, w, 0) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code word} next begins a word of {@code text} at or after {@code from}; -1 when nowhere. */
    private static int startOfWord(String text, String word, int from) {
        int at = text.indexOf(word, from);
        while (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            at = text.indexOf(word, at + 1);
        }
        return at;
    }

    /**
     * The parts of {@code text} that the words match, as sorted, non-overlapping [start, end) pairs: each
     * place where a word begins a word of the text. Empty when nothing matches or no word is given.
     */
    static List<int[]> marks(String text, String[] words) {
        if (words.length == 0 || text.isEmpty()) {
            return List.of();
        }
        String low = lower(text);
        boolean[] marked = new boolean[text.length()];
        boolean any = false;
        for (String w : words) {
            for (int at = startOfWord(low, w, 0); at >= 0; at = startOfWord(low, w, at + 1)) {
                for (int i = at; i < at + w.length(); i++) {
                    marked[i] = true;
                }
                any = true;
            }
        }
        if (!any) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < marked.length; i++) {
            if (marked[i]) {
                int start = i;
                while (i < marked.length && marked[i]) {
                    i++;
                }
                out.add(new int[] {start, i});
            }
        }
        return out;
    }
}
