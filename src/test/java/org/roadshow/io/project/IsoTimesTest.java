package org.roadshow.io.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The quick date and time reading agrees with java.time's ISO parsers on every text, valid or not. */
class IsoTimesTest {
    @Test
    void everyDayOfFourCenturiesAndTheDaysThatDoNotExist() {
        List<String> texts = new ArrayList<>();
        for (int year : new int[] {0, 1, 1900, 1999, 2000, 2017, 2024, 2100, 9999}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    texts.add(String.format("%04d-%02d-%02d", year, month, day));
                }
            }
        }
        texts.addAll(List.of("2017-2-04", "2017-02-4", "+2017-02-04", "20170204", "2017-02-04 ", "2017/02/04", "",
                "２０１７-02-04", "2017-02-04T"));
        agree(texts, IsoTimes::date, LocalDate::parse);
    }

    @Test
    void everyMinuteAndSecondsAndTheTimesThatDoNotExist() {
        List<String> texts = new ArrayList<>();
        for (int hour = 0; hour <= 25; hour++) {
            for (int minute = 0; minute <= 61; minute++) {
                texts.add(String.format("%02d:%02d", hour, minute));
                texts.add(String.format("%02d:%02d:%02d", hour, minute, (hour * 7 + minute) % 62));
            }
        }
        texts.addAll(List.of("9:30", "09:3", "09:30:5", "09:30:05.5", "09:30:05.123456789", "0930", "09-30", "09:30Z",
                "24:00", "T09:30", ""));
        agree(texts, IsoTimes::time, LocalTime::parse);
    }

    @Test
    void dateTimesAsWrittenAndRandomlyBroken() {
        List<String> texts = new ArrayList<>(List.of("2017-02-04T11:30", "2017-02-04T11:30:15", "2017-02-29T11:30",
                "2016-02-29T23:59:59", "2017-02-04T24:00", "2017-02-04t11:30", "2017-02-04 11:30", "2017-02-04T11:30.5",
                "2017-02-04T11:30:15.250", "2017-02-04", "T11:30", "2017-02-04T11:3"));
        Random random = new Random(42);
        String alphabet = "0123456789-:T.+ Z";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder("2017-02-04T11:30:15");
            for (int k = random.nextInt(3); k >= 0; k--) {
                int at = random.nextInt(s.length());
                s.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(s.substring(0, 16 + random.nextInt(4)));
        }
        agree(texts, IsoTimes::dateTime, LocalDateTime::parse);
    }

    private static <T> void agree(List<String> texts, Function<String, T> quick, Function<String, T> iso) {
        for (String text : texts) {
            assertEquals(outcome(iso, text), outcome(quick, text), text);
        }
    }

    private static <T> String outcome(Function<String, T> parse, String text) {
        try {
            return String.valueOf(parse.apply(text));
        } catch (RuntimeException e) {
            return "refused: " + e.getClass().getSimpleName();
        }
    }
}
