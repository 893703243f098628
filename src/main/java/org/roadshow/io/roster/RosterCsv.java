package org.roadshow.io.roster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.roadshow.io.project.AtomicFile;
import org.roadshow.model.Booth;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;

/**
 * The roster as CSV (RFC 4180, UTF-8, CRLF line ends): a header row, then one row per person per shift in time
 * order: date, start, end, zone, booth, person. A shift with nobody on it gets one row with an empty person, so
 * that open places show in a spreadsheet too.
 */
public final class RosterCsv {
    public static final List<String> HEADER = List.of("date", "start", "end", "zone", "booth", "person");

    private RosterCsv() {
    }

    /** One row of the file: a person on a shift (person empty for a shift nobody is on). */
    public record Row(String date, String start, String end, String zone, String booth, String person) {
        List<String> cells() {
            return List.of(date, start, end, zone, booth, person);
        }
    }

    public static List<Row> rows(Project project, Booth booth, List<Shift> shifts) {
        List<Row> rows = new ArrayList<>();
        for (Shift s : shifts) {
            String date = s.start().time().toLocalDate().toString();
            String start = s.start().time().toLocalTime().toString();
            String end = s.end().time().toLocalTime().toString();
            String zone = s.start().zone().getId();
            if (s.people().isEmpty()) {
                rows.add(new Row(date, start, end, zone, booth.name(), ""));
            }
            for (var p : s.people()) {
                rows.add(new Row(date, start, end, zone, booth.name(), project.personName(p)));
            }
        }
        return rows;
    }

    public static String text(Project project, Booth booth, List<Shift> shifts) {
        StringBuilder out = new StringBuilder();
        line(out, HEADER);
        for (Row r : rows(project, booth, shifts)) {
            line(out, r.cells());
        }
        return out.toString();
    }

    /** Writes the file atomically, like every save. */
    public static void write(Path file, Project project, Booth booth, List<Shift> shifts) throws IOException {
        byte[] bytes = text(project, booth, shifts).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(bytes), false);
    }

    /** Reads rows written by {@link #text}; a malformed file throws with the line it went wrong on. */
    public static List<Row> read(String text) {
        List<List<String>> records = CsvRecords.parse(text);
        if (records.isEmpty() || !records.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("line 1: expected the header " + String.join(",", HEADER));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> c = records.get(i);
            if (c.size() != HEADER.size()) {
                throw new IllegalArgumentException("record " + (i + 1) + ": " + c.size() + " fields, expected "
                        + HEADER.size());
            }
            rows.add(new Row(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5)));
        }
        return rows;
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                out.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                out.append(c);
            }
        }
        out.append("\r\n");
    }
}
