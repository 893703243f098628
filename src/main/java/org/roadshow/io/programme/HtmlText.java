package org.roadshow.io.programme;

import org.jsoup.parser.Parser;

/**
 * Turns the small HTML of programme abstracts ({@code <p>}, {@code <a>}, {@code <br>}, entities) into plain
 * text for the table, search and calendar notes. Tags are dropped (those that end a line give a line
 * break); then every HTML entity, named ({@code &eacute;}, {@code &mdash;}, {@code &rsquo;}) or numeric, is
 * decoded by jsoup's HTML5 table, so text that spells out {@code &lt;p&gt;} stays text. Not a sanitizer:
 * nothing here is ever rendered as HTML.
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
            while (run < n && in[run] != '<') {
                run++;
            }
            System.arraycopy(in, i, out, o, run - i);
            o += run - i;
            i = run;
            if (i == n) {
                break;
            }
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
        }
        String text = new String(out, 0, o);
        if (text.indexOf('&') >= 0) {
            // a no-break space reads, searches and wraps as a space in plain text
            text = Parser.unescapeEntities(text, false).replace('\u00A0', ' ');
        }
        return text.strip();
    }

    /** Whether the tag starting at {@code at} ends a line: {@code </p>}, {@code <br>}, {@code <li>}, {@code </hN>}. */
    private static boolean breaksLine(String html, int at) {
        return html.regionMatches(true, at, "/p", 0, 2) || html.regionMatches(true, at, "br", 0, 2)
                || html.regionMatches(true, at, "li", 0, 2) || html.regionMatches(true, at, "/h", 0, 2);
    }
}
