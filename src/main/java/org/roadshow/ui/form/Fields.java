package org.roadshow.ui.form;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.roadshow.model.OpeningHours;

/** Parsing and formatting of what people type into form fields. Pure functions; no JavaFX. */
public final class Fields {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.h](\\d{2})");
    private static final Pattern HOURS = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{1,2}[:.h]\\d{2})\\s*[-–]\\s*(\\d{1,2}[:.h]\\d{2})");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private Fields() {
    }

    /** A time of day such as "9:00", "09:30", "14.15" or "14h15"; throws with a readable message. */
    public static LocalTime parseTime(String text) {
        Matcher m = TIME.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("a time looks like 14:30");
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) {
            throw new IllegalArgumentException("there is no time " + text.strip());
        }
        return LocalTime.of(hour, minute);
    }

    public static String formatTime(LocalTime time) {
        return time == null ? "" : time.format(HH_MM);
    }

    /** One day of opening hours, "2017-02-04 09:00-18:00"; closing must come after opening. */
    public static OpeningHours parseHours(String text) {
        Matcher m = HOURS.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("“" + text.strip() + "” should look like 2017-02-04 09:00-18:00");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("there is no date " + m.group(1));
        }
        LocalTime open = parseTime(m.group(2));
        LocalTime close = parseTime(m.group(3));
        if (!close.isAfter(open)) {
            throw new IllegalArgumentException("on " + day + " closing time must be after opening time");
        }
        return new OpeningHours(day, open, close);
    }

    public static String formatHours(OpeningHours hours) {
        return hours.day() + " " + formatTime(hours.open()) + "-" + formatTime(hours.close());
    }

    /** A comma-separated list: entries trimmed, empty ones dropped. */
    public static List<String> parseList(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static String formatList(List<String> values) {
        return String.join(", ", values);
    }

    /** Whether the text looks like an e-mail address (something@domain.tld); empty is fine. */
    public static boolean emailShaped(String text) {
        return text == null || text.isBlank() || EMAIL.matcher(text.strip()).matches();
    }
}
