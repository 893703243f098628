package org.roadshow.ui.calendar;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Times of day as the locale writes them: 24-hour ("14:30") where its short time pattern is, else "2:30 PM". */
final class ClockFormat {
    private ClockFormat() {
    }

    static DateTimeFormatter hours(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, FormatStyle.SHORT,
                IsoChronology.INSTANCE, locale);
        boolean twentyFour = pattern.contains("H") || pattern.contains("k");
        return DateTimeFormatter.ofPattern(twentyFour ? "HH:mm" : "h:mm a", locale);
    }
}
