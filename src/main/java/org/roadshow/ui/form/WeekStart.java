package org.roadshow.ui.form;

import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first day of the week as the user's locale says. On Linux the JVM takes its format locale from
 * LC_CTYPE/LANG and ignores LC_TIME, where a user sets how dates look ("LANG=en_US, LC_TIME=en_GB"). Date
 * pickers (and the calendar) read the JVM's format locale, so the week's first day of the LC_TIME region is
 * added to it as a Unicode "fw" keyword, which changes nothing else.
 */
public final class WeekStart {
    private static final Pattern REGION = Pattern.compile("[a-z]{2,3}_([A-Z]{2})(?:[.@].*)?");

    private WeekStart() {
    }

    /** {@code current}, with the first day of the week the environment's locale (LC_ALL, LC_TIME, LANG) says. */
    public static Locale locale(Map<String, String> env, Locale current) {
        String setting = first(env, "LC_ALL", "LC_TIME", "LANG");
        Matcher m = REGION.matcher(setting);
        if (!m.matches()) {
            return current; // "C", "POSIX" or a language alone say nothing about the week
        }
        DayOfWeek wanted = WeekFields.of(new Locale("", m.group(1))).getFirstDayOfWeek();
        if (WeekFields.of(current).getFirstDayOfWeek() == wanted) {
            return current;
        }
        String fw = wanted.name().substring(0, 3).toLowerCase(Locale.ROOT);
        return new Locale.Builder().setLocale(current).setUnicodeLocaleKeyword("fw", fw).build();
    }

    private static String first(Map<String, String> env, String... names) {
        for (String name : names) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
