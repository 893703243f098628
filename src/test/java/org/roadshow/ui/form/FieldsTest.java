package org.roadshow.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roadshow.model.OpeningHours;

class FieldsTest {
    @Test
    void timesInTheUsualSpellings() {
        assertEquals(LocalTime.of(9, 0), Fields.parseTime("9:00"));
        assertEquals(LocalTime.of(9, 5), Fields.parseTime(" 09:05 "));
        assertEquals(LocalTime.of(14, 15), Fields.parseTime("14.15"));
        assertEquals(LocalTime.of(14, 15), Fields.parseTime("14h15"));
        assertEquals("07:30", Fields.formatTime(LocalTime.of(7, 30)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9", "24:00", "12:60", "noon", "9:5", "12:00:00"})
    void notTimes(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fields.parseTime(text));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void openingHoursLine() {
        assertEquals(new OpeningHours(LocalDate.of(2017, 2, 4), LocalTime.of(9, 0), LocalTime.of(18, 0)),
                Fields.parseHours("2017-02-04 09:00-18:00"));
        assertEquals(new OpeningHours(LocalDate.of(2017, 2, 5), LocalTime.of(9, 30), LocalTime.of(17, 0)),
                Fields.parseHours("  2017-02-05   9:30 – 17:00 "));
        OpeningHours h = new OpeningHours(LocalDate.of(2008, 2, 9), LocalTime.of(10, 0), LocalTime.of(16, 0));
        assertEquals("2008-02-09 10:00-16:00", Fields.formatHours(h));
        assertEquals(h, Fields.parseHours(Fields.formatHours(h)));
    }

    @Test
    void badOpeningHoursSayWhatIsWrong() {
        assertTrue(problem("2017-02-04 18:00-09:00").contains("closing time must be after opening"));
        assertTrue(problem("2017-02-30 09:00-18:00").contains("no date 2017-02-30"));
        assertTrue(problem("Saturday 9-6").contains("should look like 2017-02-04 09:00-18:00"));
        assertTrue(problem("2017-02-04 09:00-25:00").contains("no time 25:00"));
    }

    @Test
    void commaLists() {
        assertEquals(List.of("Citrix", "Oracle", "Vates"), Fields.parseList(" Citrix, Oracle ,,Vates, "));
        assertEquals(List.of(), Fields.parseList("  "));
        assertEquals("Citrix, Oracle", Fields.formatList(List.of("Citrix", "Oracle")));
    }

    @Test
    void emailShape() {
        assertTrue(Fields.emailShaped("zoe@example.org"));
        assertTrue(Fields.emailShaped(""));
        assertTrue(Fields.emailShaped("first.last+trip@mail.example.co.uk"));
        assertFalse(Fields.emailShaped("zoe"));
        assertFalse(Fields.emailShaped("zoe@example"));
        assertFalse(Fields.emailShaped("zoe @example.org"));
        assertFalse(Fields.emailShaped("a@b@example.org"));
    }

    private static String problem(String line) {
        return assertThrows(IllegalArgumentException.class, () -> Fields.parseHours(line)).getMessage();
    }
}
