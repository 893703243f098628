package org.roadshow.ui.sidebar;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Conference;
import org.roadshow.model.Item;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Timed;
import org.roadshow.model.TravelLeg;

/** How items read in the sidebar, and the order they are listed in (by time where they have one). */
public final class SidebarLabels {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
        "Dec"};
    private static final Comparator<Item> BY_TIME = new Comparator<>() {
        @Override
        public int compare(Item a, Item b) {
            java.time.Instant x = sortKey(a);
            java.time.Instant y = sortKey(b);
            return x == null ? (y == null ? 0 : 1) : y == null ? -1 : x.compareTo(y);
        }
    };

    private SidebarLabels() {
    }

    public static String label(Item item, Project project) {
        return switch (item.kind()) {
            case SHIFT -> shift((Shift) item, project);
            case TRAVEL -> {
                TravelLeg l = (TravelLeg) item;
                yield l.mode().label() + " " + blankIfEmpty(l.from(), "?") + " → " + blankIfEmpty(l.to(), "?");
            }
            case CHECKLIST -> blankIfEmpty(((ChecklistItem) item).text(), "(untitled)"); // the row's check box shows done
            case CONFERENCE, TALK, BOOTH, DEMO, MEETING -> blankIfEmpty(item.label(), "(untitled)");
        };
    }

    private static String shift(Shift s, Project project) {
        StringBuilder people = new StringBuilder();
        for (java.util.UUID id : s.people()) {
            people.append(people.length() == 0 ? "" : ", ").append(firstName(project.personName(id)));
        }
        return day(s.start().time()) + " " + hm(s.start().time()) + "–" + hm(s.end().time())
                + (people.length() == 0 ? " · nobody yet" : " · " + people);
    }

    /**
     * "Sat 4 Feb", as {@code EEE d MMM} in English; spelled out here because the sidebar is drawn while the app
     * starts, and java.time's localized text costs tens of milliseconds to load then.
     */
    static String day(LocalDateTime time) {
        return DAYS[time.getDayOfWeek().ordinal()] + " " + time.getDayOfMonth() + " " + MONTHS[time.getMonthValue() - 1];
    }

    private static String hm(LocalDateTime time) {
        return (time.getHour() < 10 ? "0" : "") + time.getHour() + (time.getMinute() < 10 ? ":0" : ":") + time.getMinute();
    }

    /** Items of one kind in sidebar order: conferences by first day, timed items by start, others as stored. */
    public static List<Item> sorted(List<Item> items) {
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(BY_TIME); // stable: items without a time keep their order, after the others
        return sorted;
    }

    private static java.time.Instant sortKey(Item item) {
        return switch (item.kind()) {
            case CONFERENCE -> {
                Conference c = (Conference) item;
                yield c.firstDay().atStartOfDay(c.zone()).toInstant();
            }
            case TALK, SHIFT, DEMO, TRAVEL, MEETING -> ((Timed) item).start().instant();
            case BOOTH, CHECKLIST -> null;
        };
    }

    /** "Booth Duty" for "Booth duty": the title case of menu items and buttons. */
    public static String titleCase(String words) {
        StringBuilder s = new StringBuilder();
        for (String word : words.split(" ")) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(word.isEmpty() ? "" : word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1));
        }
        return s.toString();
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
