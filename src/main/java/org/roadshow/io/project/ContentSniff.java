package org.roadshow.io.project;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Recognises, before any JSON parsing, a file that is plainly something else than a project, so the error can say
 * what it is: a binary file, XML (often a conference programme), an iCalendar file, or a project with unresolved
 * git merge conflicts (a team keeps the file in git).
 */
final class ContentSniff {
    private static final int LOOK = 4096;

    private ContentSniff() {
    }

    static void check(byte[] content, Path file) throws ProjectFileException {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        // UTF-16 and UTF-32 (with or without a byte-order mark) have zero bytes of their own: JSON allows them
        boolean wide = content.length >= 2 && ((content[0] & 0xFF) == 0xFE || (content[0] & 0xFF) == 0xFF
                || content[0] == 0 || content[1] == 0 || content.length >= 4 && (content[2] == 0 || content[3] == 0));
        for (int i = 0; !wide && i < Math.min(content.length, LOOK); i++) {
            if (content[i] == 0) {
                throw new ProjectFileException(file, "this is not a Roadshow project: it is not a text file", null);
            }
        }
        String head = new String(content, start, Math.min(content.length - start, LOOK), StandardCharsets.UTF_8)
                .stripLeading();
        if (head.startsWith("<")) {
            throw new ProjectFileException(file, "this is not a Roadshow project: it is an XML file (a conference "
                    + "programme is imported into a trip instead)", null);
        }
        if (head.toUpperCase(Locale.ROOT).startsWith("BEGIN:VCALENDAR")) {
            throw new ProjectFileException(file, "this is not a Roadshow project: it is an iCalendar file (a conference "
                    + "programme is imported into a trip instead)", null);
        }
        int conflict = conflictLine(content);
        if (conflict > 0) {
            throw new ProjectFileException(file, conflict, 1, "the file holds a git merge conflict that was not "
                    + "resolved (the lines between <<<<<<<, ======= and >>>>>>>); resolve it, then open the file", null);
        }
    }

    /** The 1-based line of the first "<<<<<<< " marker at the start of a line, or -1. */
    private static int conflictLine(byte[] content) {
        int line = 1;
        boolean lineStart = true;
        for (int i = 0; i < content.length; i++) {
            if (lineStart && startsWith(content, i, "<<<<<<<")) {
                return line;
            }
            lineStart = content[i] == '\n';
            if (lineStart) {
                line++;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] content, int at, String marker) {
        if (at + marker.length() > content.length) {
            return false;
        }
        for (int k = 0; k < marker.length(); k++) {
            if (content[at + k] != marker.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
