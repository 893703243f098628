package org.roadshow.io.programme;

import java.util.ArrayList;
import java.util.List;

/**
 * Where things are in an iCalendar text, found line by line before ical4j reads it: the calendar's own
 * properties, its VTIMEZONE blocks, and each VEVENT with its first line. It gives warnings their line
 * numbers and lets a file that ical4j refuses as a whole be read one event at a time.
 */
record IcsLayout(String header, String timezones, List<Block> events, List<Integer> unclosedEvents) {

    /** One top-level VEVENT, BEGIN to END, and the 1-based line of its BEGIN. */
    record Block(int line, String text) {
    }

    List<Integer> eventLines() {
        return events.stream().map(Block::line).toList();
    }

    static IcsLayout scan(String text) {
        StringBuilder header = new StringBuilder();
        StringBuilder zones = new StringBuilder();
        List<Block> events = new ArrayList<>();
        List<Integer> unclosed = new ArrayList<>();
        StringBuilder current = null;
        int currentLine = 0;
        int depth = 0;
        boolean inZone = false;
        int lineNo = 0;
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int eol = text.indexOf('\n', pos);
            int end = eol < 0 ? n : eol;
            String line = text.substring(pos, end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end);
            pos = eol < 0 ? n : eol + 1;
            lineNo++;
            String upper = line.length() <= 80 ? line.strip().toUpperCase(java.util.Locale.ROOT) : "";
            if (upper.equals("BEGIN:VEVENT") && current != null) {
                unclosed.add(currentLine);
                current = null;
                depth = 1;
            }
            if (upper.startsWith("BEGIN:")) {
                depth++;
                if (depth == 2 && upper.equals("BEGIN:VEVENT")) {
                    current = new StringBuilder();
                    currentLine = lineNo;
                } else if (depth == 2 && upper.equals("BEGIN:VTIMEZONE")) {
                    inZone = true;
                }
            }
            if (current != null) {
                current.append(line).append("\r\n");
            } else if (inZone) {
                zones.append(line).append("\r\n");
            } else if (depth == 1 && !upper.startsWith("BEGIN:") && !upper.startsWith("END:") && !line.isBlank()) {
                header.append(line).append("\r\n");
            }
            if (upper.startsWith("END:")) {
                if (depth == 2 && current != null) {
                    events.add(new Block(currentLine, current.toString()));
                    current = null;
                }
                if (depth == 2) {
                    inZone = false;
                }
                depth = Math.max(0, depth - 1);
            }
        }
        if (current != null) {
            unclosed.add(currentLine);
        }
        return new IcsLayout(header.toString(), zones.toString(), events, unclosed);
    }
}
