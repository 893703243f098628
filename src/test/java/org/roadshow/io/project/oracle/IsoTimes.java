package org.roadshow.io.project.oracle;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Dates and times as Roadshow writes them ({@code 2017-02-04}, {@code 11:30}, {@code 2017-02-04T11:30:15}),
 * read without java.time's formatter machinery, which costs tens of milliseconds to set up on a cold start
 * (the project is read while the window starts). Any other form goes to java.time's ISO parsers, so what is
 * accepted and refused is exactly what they accept and refuse.
 */
final class IsoTimes {
    private IsoTimes() {
    }

    static LocalDate date(String text) {
        if (text.length() == 10 && isDate(text, 0)) {
            LocalDate fast = dateAt(text, 0);
            if (fast != null) {
                return fast;
            }
        }
        return LocalDate.parse(text);
    }

    static LocalTime time(String text) {
        if (isTime(text, 0, text.length())) {
            LocalTime fast = timeAt(text, 0, text.length());
            if (fast != null) {
                return fast;
            }
        }
        return LocalTime.parse(text);
    }

    static LocalDateTime dateTime(String text) {
        if (text.length() > 11 && text.charAt(10) == 'T' && isDate(text, 0) && isTime(text, 11, text.length())) {
            LocalDate day = dateAt(text, 0);
            LocalTime time = timeAt(text, 11, text.length());
            if (day != null && time != null) {
                return LocalDateTime.of(day, time);
            }
        }
        return LocalDateTime.parse(text);
    }

    /** yyyy-mm-dd at {@code at}. */
    private static boolean isDate(String s, int at) {
        return digits(s, at, 4) && s.charAt(at + 4) == '-' && digits(s, at + 5, 2) && s.charAt(at + 7) == '-'
                && digits(s, at + 8, 2);
    }

    /** hh:mm or hh:mm:ss from {@code from} to {@code to}. */
    private static boolean isTime(String s, int from, int to) {
        int length = to - from;
        return (length == 5 || length == 8) && digits(s, from, 2) && s.charAt(from + 2) == ':' && digits(s, from + 3, 2)
                && (length == 5 || s.charAt(from + 5) == ':' && digits(s, from + 6, 2));
    }

    /** The date, or null when the numbers do not make one (the ISO parser then says why). */
    private static LocalDate dateAt(String s, int at) {
        int year = number(s, at, 4);
        int month = number(s, at + 5, 2);
        int day = number(s, at + 8, 2);
        if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static LocalTime timeAt(String s, int from, int to) {
        int hour = number(s, from, 2);
        int minute = number(s, from + 3, 2);
        int second = to - from == 8 ? number(s, from + 6, 2) : 0;
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return LocalTime.of(hour, minute, second);
    }

    private static boolean digits(String s, int at, int count) {
        if (s.length() < at + count) {
            return false;
        }
        for (int i = at; i < at + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int at, int count) {
        int n = 0;
        for (int i = at; i < at + count; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }
}
