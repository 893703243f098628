package org.roadshow.io.schedule;

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
        StringBuilder out = new StringBuilder(html.length());
        int n = html.length();
        for (int i = 0; i < n; i++) {
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.indexOf('>', i);
                if (close < 0) {
                    out.append(c);
                    continue;
                }
                String tag = html.substring(i + 1, Math.min(close, i + 4)).toLowerCase();
                if (tag.startsWith("/p") || tag.startsWith("br") || tag.startsWith("li") || tag.startsWith("/h")) {
                    newline(out);
                }
                i = close;
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                String decoded = semi > i && semi - i <= 10 ? entity(html.substring(i + 1, semi)) : null;
                if (decoded == null) {
                    out.append(c);
                } else {
                    out.append(decoded);
                    i = semi;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
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
        } catch (IllegalArgumentException notANumber) {
            return null;
        }
        return null;
    }
}
