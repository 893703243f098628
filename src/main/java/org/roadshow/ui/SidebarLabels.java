package org.roadshow.ui;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Conference;
import org.roadshow.model.Item;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Timed;
import org.roadshow.model.TravelLeg;

/** How items read in the sidebar, and the order they are listed in (by time where they have one). */
final class SidebarLabels {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    private SidebarLabels() {
    }

    static String label(Item item, Project project) {
        if (item instanceof Shift s) {
            String people = s.people().stream().map(id -> firstName(project.personName(id)))
                    .collect(Collectors.joining(", "));
            return s.start().time().format(DAY) + " " + s.start().time().format(HM) + "–" + s.end().time().format(HM)
                    + (people.isEmpty() ? " · nobody yet" : " · " + people);
        }
        if (item instanceof TravelLeg l) {
            return l.mode().label() + " " + blankIfEmpty(l.from(), "?") + " → " + blankIfEmpty(l.to(), "?");
        }
        if (item instanceof ChecklistItem c) {
            return (c.done() ? "☑ " : "☐ ") + blankIfEmpty(c.text(), "(untitled)");
        }
        return blankIfEmpty(item.label(), "(untitled)");
    }

    /** Items of one kind in sidebar order: conferences by first day, timed items by start, others as stored. */
    static List<Item> sorted(List<Item> items) {
        return items.stream().sorted(Comparator.comparing(SidebarLabels::sortKey,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    private static java.time.Instant sortKey(Item item) {
        if (item instanceof Timed t) {
            return t.start().instant();
        }
        if (item instanceof Conference c) {
            return c.firstDay().atStartOfDay(c.zone()).toInstant();
        }
        return null;
    }

    private static String firstName(String name) {
        String s = name.strip();
        int space = s.indexOf(' ');
        return space > 0 ? s.substring(0, space) : s;
    }

    private static String blankIfEmpty(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }
}
