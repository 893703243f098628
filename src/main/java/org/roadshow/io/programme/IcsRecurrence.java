package org.roadshow.io.programme;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;

/**
 * Expands an RRULE with ical4j's {@link Recur}, on local times (so a weekly 09:00 stays 09:00 across a
 * clock change), capped at {@link ImportLimits#MAX_OCCURRENCES} occurrences within
 * {@link ImportLimits#MAX_RECURRENCE_DAYS} days. Each occurrence gets the guid {@code UID/start}.
 */
final class IcsRecurrence {
    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private IcsRecurrence() {
    }

    static List<ParsedSession> expand(SessionDraft d, String rule, Set<LocalDateTime> excluded, int line,
                                      List<ImportWarning> warnings) {
        ParsedSession first = d.build();
        Recur<LocalDateTime> recur = new Recur<>(stripUntilZone(rule));
        LocalDateTime until = d.start.plusDays(ImportLimits.MAX_RECURRENCE_DAYS);
        List<LocalDateTime> starts = recur.getDates(d.start, d.start, until, ImportLimits.MAX_OCCURRENCES + 1);
        if (starts.size() > ImportLimits.MAX_OCCURRENCES) {
            starts = starts.subList(0, ImportLimits.MAX_OCCURRENCES);
            warnings.add(new ImportWarning(line, "\"" + first.title() + "\" repeats more than "
                    + ImportLimits.MAX_OCCURRENCES + " times: only the first " + ImportLimits.MAX_OCCURRENCES
                    + " are imported"));
        }
        Duration length = Duration.between(first.start(), first.end());
        List<ParsedSession> out = new ArrayList<>(starts.size());
        for (LocalDateTime start : starts) {
            if (excluded.contains(start)) {
                continue;
            }
            out.add(new ParsedSession(line, first.guid() + "/" + BASIC.format(start), first.sourceId(), first.slug(),
                    first.title(), first.subtitle(), first.track(), first.type(), first.room(), start,
                    start.plus(length), first.zone(), first.offset(), first.speakers(), first.abstractText(),
                    first.links()));
        }
        return out;
    }

    /**
     * UNTIL in UTC ("...Z") cannot be compared with local times; the occurrences are local, so the
     * local reading of UNTIL is close enough to bound them (at most a day of difference, never unbounded).
     */
    static String stripUntilZone(String rule) {
        return rule.replaceAll("(?i)(UNTIL=\\d{8}T\\d{6})Z", "$1");
    }
}
