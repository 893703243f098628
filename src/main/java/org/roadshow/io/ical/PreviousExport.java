package org.roadshow.io.ical;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What an earlier export to the same file said about each event and to-do: its SEQUENCE and content hash, so
 * the next export raises SEQUENCE exactly for the events whose content changed. Reads only those three
 * properties line by line: fast, and a file that is not ours or is damaged just counts as no previous
 * export (every event starts again at SEQUENCE 0).
 */
public final class PreviousExport {
    /** Larger files are not an earlier export of ours worth reading. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    public record Event(int sequence, String hash) {
    }

    private PreviousExport() {
    }

    /** The events of the file at {@code target}, by UID; empty when there is no readable file there. */
    public static Map<String, Event> read(Path target) {
        try {
            if (!Files.isRegularFile(target) || Files.size(target) > MAX_BYTES) {
                return Map.of();
            }
            try (Reader reader = Files.newBufferedReader(target, StandardCharsets.UTF_8)) {
                return read(reader);
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable old file is overwritten as if new: its events simply start again at SEQUENCE 0
            java.util.logging.Logger.getLogger(PreviousExport.class.getName()).log(java.util.logging.Level.INFO,
                    "Not reading the previous export " + target + " for its SEQUENCE numbers", e);
            return Map.of();
        }
    }

    /** The events of an iCalendar text, by UID. */
    public static Map<String, Event> read(Reader text) throws IOException {
        BufferedReader in = new BufferedReader(text);
        Map<String, Event> events = new HashMap<>();
        String first = in.readLine();
        if (first == null || !first.strip().equalsIgnoreCase("BEGIN:VCALENDAR")) {
            return Map.of();
        }
        EventLines current = null;
        StringBuilder logical = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                logical.append(line, 1, line.length()); // RFC 5545 folding: a continuation line
                continue;
            }
            current = take(logical.toString(), current, events);
            logical.setLength(0);
            logical.append(line);
        }
        take(logical.toString(), current, events);
        return events;
    }

    /** Applies one unfolded content line; returns the event being read, if any. */
    private static EventLines take(String line, EventLines current, Map<String, Event> events) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            return current;
        }
        String name = line.substring(0, colon);
        int semicolon = name.indexOf(';');
        name = (semicolon < 0 ? name : name.substring(0, semicolon)).toUpperCase(java.util.Locale.ROOT);
        String value = line.substring(colon + 1).strip();
        if (current == null && name.equals("BEGIN") && isItem(value)) {
            return new EventLines();
        }
        if (current == null) {
            return null;
        }
        switch (name) {
            case "END" -> {
                if (current.depth == 0 && isItem(value)) {
                    if (current.uid != null) {
                        events.put(current.uid, new Event(current.sequence, current.hash));
                    }
                    return null;
                }
            }
            case "BEGIN" -> current.depth++;
            case "UID" -> current.uid = current.depth == 0 ? value : current.uid;
            case "SEQUENCE" -> current.sequence = current.depth == 0 ? parse(value) : current.sequence;
            case IcsExport.HASH_PROPERTY -> current.hash = current.depth == 0 ? value : current.hash;
            default -> {
            }
        }
        if (name.equals("END")) {
            current.depth = Math.max(0, current.depth - 1);
        }
        return current;
    }

    /** The components an export writes with a UID: events and to-dos. */
    private static boolean isItem(String component) {
        return component.equalsIgnoreCase("VEVENT") || component.equalsIgnoreCase("VTODO");
    }

    private static int parse(String value) {
        try {
            return Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) { // a SEQUENCE that is not a number counts as the first
            return 0;
        }
    }

    private static final class EventLines {
        String uid;
        int sequence;
        String hash = "";
        int depth;
    }
}
