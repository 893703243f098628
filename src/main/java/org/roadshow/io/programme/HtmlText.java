package org.roadshow.io.programme;

/**
 * Turns the small HTML of programme abstracts ({@code <p>}, {@code <a>}, {@code <br>}, entities) into plain
 * text for the table, search and calendar notes. Not a sanitizer: nothing here is ever rendered as HTML.
 */
final class HtmlText {
    private HtmlText() {
    }

    static String plain(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.strip();
        }
        // Plain runs are copied between arrays: a StringBuilder would take them one character at a time.
        char[] in = html.toCharArray();
        char[] out = new char[in.length];
        int n = in.length;
        int o = 0;
        int i = 0;
        while (i < n) {
            int run = i;
            while (run < n && in[run] != '<' && in[run] != '&') {
                run++;
            }
            System.arraycopy(in, i, out, o, run - i);
            o += run - i;
            i = run;
            if (i == n) {
                break;
            }
            if (in[i] == '<') {
                int close = html.indexOf('>', i);
                if (close < 0) {
                    out[o++] = '<';
                    i++;
                    continue;
                }
                if (breaksLine(html, i + 1) && o > 0 && out[o - 1] != '\n') {
                    out[o++] = '\n';
                }
                i = close + 1;
            } else {
                int semi = semicolon(html, i + 1);
                String decoded = semi > i ? entity(html.substring(i + 1, semi)) : null;
                if (decoded == null) {
                    out[o++] = '&';
                    i++;
                } else {
                    // a decoded entity is never longer than the entity it replaces, so out has room
                    decoded.getChars(0, decoded.length(), out, o);
                    o += decoded.length();
                    i = semi + 1;
                }
            }
        }
        return new String(out, 0, o).strip();
    }

    /** Whether the tag starting at {@code at} ends a line: {@code </p>}, {@code <br>}, {@code <li>}, {@code </hN>}. */
    private static boolean breaksLine(String html, int at) {
        return html.regionMatches(true, at, "/p", 0, 2) || html.regionMatches(true, at, "br", 0, 2)
                || html.regionMatches(true, at, "li", 0, 2) || html.regionMatches(true, at, "/h", 0, 2);
    }

    /** The index of the ';' closing an entity that starts at {@code from}, looking at most 10 characters ahead. */
    private static int semicolon(String html, int from) {
        int end = Math.min(html.length(), from + 10);
        for (int j = from; j < end; j++) {
            if (html.charAt(j) == ';') {
                return j;
            }
        }
        return -1;
    }

    private static String entity(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return " ";
            default: break;
        }
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException notANumber) { // not a character reference: the text stays as written
            return null;
        }
        return null;
    }
}
