package org.roadshow.ui.programme;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.roadshow.io.programme.ImportWarning;
import org.roadshow.io.programme.ProgrammeImportResult;
import org.roadshow.model.Programme;
import org.roadshow.model.Session;
import org.roadshow.plan.ProgrammeUpdate;

/**
 * What a first import will add, day by day with the first start and last end, so that the user can see
 * before clicking Import whether the times look right in the chosen zone (a guessed zone shows up here as
 * talks starting at 03:00).
 */
final class ProgrammePreview {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private ProgrammePreview() {
    }

    /** The preview of a first import, or the report of an update, with the notes on the file. */
    static List<String> lines(ProgrammeUpdate update, ProgrammeImportResult result, String tripName) {
        List<String> lines = new ArrayList<>(update.isUpdate() ? update.report().lines() : lines(update.after(), tripName));
        if (update.isUpdate()) {
            lines.add("");
            lines.add("Sessions that stay keep their stars and their links to the team's talks. "
                    + "Nothing changes until you click Update.");
        }
        if (!result.warnings().isEmpty()) {
            lines.add("");
            lines.add(result.warnings().size() + (result.warnings().size() == 1 ? " note" : " notes") + " on "
                    + result.parsed().source() + " (" + result.skipped() + " skipped):");
            for (ImportWarning w : result.warnings()) {
                lines.add("  " + w);
            }
        }
        return lines;
    }

    static List<String> lines(Programme programme, String tripName) {
        Map<LocalDate, List<Session>> byDay = new TreeMap<>();
        for (Session s : programme.sessions()) {
            byDay.computeIfAbsent(s.start().time().toLocalDate(), d -> new ArrayList<>()).add(s);
        }
        List<String> out = new ArrayList<>();
        int total = programme.sessions().size();
        out.add(total + (total == 1 ? " session" : " sessions") + " will be added to \"" + tripName + "\":");
        byDay.forEach((day, sessions) -> {
            LocalDateTime first = sessions.stream().map(s -> s.start().time()).min(LocalDateTime::compareTo).orElseThrow();
            LocalDateTime last = sessions.stream().map(s -> s.end().time()).max(LocalDateTime::compareTo).orElseThrow();
            out.add("  " + DAY.format(day) + ": " + sessions.size() + (sessions.size() == 1 ? " session" : " sessions")
                    + ", " + CLOCK.format(first) + "–" + CLOCK.format(last)
                    + (last.toLocalDate().isAfter(day) ? " (next day)" : ""));
        });
        out.add("");
        out.add("Nothing changes until you click Import; Edit › Undo takes the programme out again.");
        return out;
    }
}
