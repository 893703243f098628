package org.roadshow.io.programme;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Tells the format from the first bytes of the content; for anything else, says what it looks like. */
final class FormatDetector {
    private FormatDetector() {
    }

    static ProgrammeFormat detect(byte[] data, String source) throws ProgrammeImportException {
        int start = 0;
        if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        while (start < data.length && isSpace(data[start])) {
            start++;
        }
        if (start >= data.length) {
            throw unsupported(source, "an empty file");
        }
        String head = new String(data, start, Math.min(512, data.length - start), StandardCharsets.ISO_8859_1);
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.startsWith("begin:vcalendar")) {
            return ProgrammeFormat.ICALENDAR;
        }
        if (head.startsWith("<")) {
            if (lower.contains("<html") || lower.startsWith("<!doctype html")) {
                throw unsupported(source, "a web page (HTML); save the conference's schedule export (XML, JSON or .ics) instead");
            }
            return ProgrammeFormat.PENTABARF_XML;
        }
        if (head.startsWith("{")) {
            return ProgrammeFormat.FRAB_JSON;
        }
        throw unsupported(source, looksLike(data, start, head, lower));
    }

    private static String looksLike(byte[] data, int start, String head, String lower) {
        if (head.startsWith("[")) {
            return lower.contains("\"vcalendar\"") ? "jCal (iCalendar as JSON)" : "a JSON list, not a frab/pretalx schedule";
        }
        if (lower.startsWith("begin:vcard")) {
            return "a contact card (vCard)";
        }
        if (head.startsWith("%PDF")) {
            return "a PDF document";
        }
        if (head.startsWith("PK")) {
            return "a ZIP archive (or an office document); unpack it or export the schedule as XML, JSON or .ics";
        }
        if (data.length - start >= 2 && ((data[start] & 0xFF) == 0xFE || (data[start] & 0xFF) == 0xFF)) {
            return "UTF-16 text; save it as UTF-8";
        }
        int binary = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c < 0x09 || (c > 0x0D && c < 0x20)) {
                binary++;
            }
        }
        if (binary > 0) {
            return "binary data";
        }
        String firstLine = head.lines().findFirst().orElse("").strip();
        if (firstLine.chars().filter(ch -> ch == ',' || ch == ';' || ch == '\t').count() >= 2) {
            return "a table (CSV) starting \"" + shorten(firstLine) + "\"";
        }
        return "text starting \"" + shorten(firstLine) + "\"";
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static ProgrammeImportException unsupported(String source, String what) {
        return new ProgrammeImportException(source, "this looks like " + what + ", not a programme Roadshow can read; "
                + "supported: " + ProgrammeFormat.SUPPORTED);
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
