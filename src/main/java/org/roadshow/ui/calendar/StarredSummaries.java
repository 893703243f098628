package org.roadshow.ui.calendar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.roadshow.plan.Severity;

/**
 * Folds starred sessions that overlap each other into one summary entry per cluster ("★ 37 starred ·
 * 09:00–18:00"), for the week and month views: a conference's parallel tracks drawn side by side are
 * slivers nobody can read, and hundreds of entries take seconds to lay out. A session that overlaps no
 * other stays as it is. Clusters are found in one sweep over the sessions sorted by start. No JavaFX here.
 */
final class StarredSummaries {
    /** Lines a summary lists before "… and N more". */
    static final int MAX_LINES = 40;

    private StarredSummaries() {
    }

    /** {@code sessions} (starred-session entries of one trip) with each overlapping cluster folded into one. */
    static List<EntrySpec> fold(List<EntrySpec> sessions, DateTimeFormatter hours) {
        List<EntrySpec> sorted = new ArrayList<>(sessions);
        sorted.sort(Comparator.comparing(EntrySpec::start).thenComparing(EntrySpec::end));
        List<EntrySpec> out = new ArrayList<>();
        List<EntrySpec> cluster = new ArrayList<>();
        LocalDateTime clusterEnd = null;
        for (EntrySpec s : sorted) {
            if (clusterEnd != null && !s.start().isBefore(clusterEnd)) { // back to back is no overlap
                out.add(summarise(cluster, clusterEnd, hours));
                cluster.clear();
                clusterEnd = null;
            }
            cluster.add(s);
            clusterEnd = clusterEnd == null || s.end().isAfter(clusterEnd) ? s.end() : clusterEnd;
        }
        if (!cluster.isEmpty()) {
            out.add(summarise(cluster, clusterEnd, hours));
        }
        return out;
    }

    private static EntrySpec summarise(List<EntrySpec> cluster, LocalDateTime end, DateTimeFormatter hours) {
        if (cluster.size() == 1) {
            return cluster.get(0);
        }
        EntrySpec first = cluster.get(0);
        StringBuilder key = new StringBuilder("starred-summary");
        Severity worst = null;
        Set<String> sentences = new LinkedHashSet<>();
        Set<String> starredBy = new LinkedHashSet<>();
        List<String> lines = new ArrayList<>();
        for (EntrySpec s : cluster) {
            key.append(':').append(s.id());
            if (s.conflict() == Severity.ERROR || worst == null) {
                worst = s.conflict() == null ? worst : s.conflict();
            }
            sentences.addAll(s.conflicts());
            int by = s.location().indexOf("starred by ");
            if (by >= 0) {
                starredBy.add(s.location().substring(by));
            }
            if (lines.size() < MAX_LINES) {
                lines.add(hours.format(s.start()) + "–" + hours.format(s.end()) + "  " + withoutCue(s.title()));
            }
        }
        if (cluster.size() > MAX_LINES) {
            lines.add("… and " + (cluster.size() - MAX_LINES) + " more");
        }
        String title = EntryKind.STARRED.cue() + " " + cluster.size() + " starred · " + hours.format(first.start())
                + "–" + hours.format(end);
        UUID id = UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8));
        return new EntrySpec(id, first.tripId(), EntryKind.STARRED, null, null, title, String.join("; ", starredBy),
                first.start(), end, false, worst, List.copyOf(sentences), lines);
    }

    private static String withoutCue(String title) {
        String cue = EntryKind.STARRED.cue() + " ";
        return title.startsWith(cue) ? title.substring(cue.length()) : title;
    }
}
