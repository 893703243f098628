package org.roadshow.io.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roadshow.model.Moment;
import org.roadshow.plan.AgendaKind;

/**
 * The export words, hashes and places thousands of events, so it does so without regular expressions,
 * formatters or repeated zone look-ups. Each shortcut must give exactly what the plain form gives: a
 * changed hash would raise SEQUENCE on every event of the next re-export.
 */
class ExportShortcutsTest {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    /** The hash as the first exports computed it. */
    private static String plainHash(ExportedEvent e) throws Exception {
        String canonical = String.join("\u0000", "v1", e.kind().key(), e.summary(), e.location(), e.description(),
                e.start().time().toString(), e.start().zone().getId(), e.end().time().toString(),
                e.end().zone().getId(), String.valueOf(e.alarmMinutes()));
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
    }

    @Test
    void theHashIsTheOneEarlierExportsWrote() throws Exception {
        List<LocalDateTime> times = List.of(LocalDateTime.parse("2017-02-04T09:30"),
                LocalDateTime.parse("2017-02-04T09:30:15"), LocalDateTime.parse("2017-02-04T00:00:00.120"),
                LocalDateTime.parse("2017-02-04T23:59:59.000001"), LocalDateTime.parse("0999-12-31T10:00"),
                LocalDateTime.parse("+10000-01-01T10:00"), LocalDateTime.parse("-0001-06-01T08:05"),
                LocalDateTime.parse("1000-01-01T00:00"), LocalDateTime.parse("9999-12-31T23:59:59"));
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        for (LocalDateTime t : times) {
            for (Integer alarm : Arrays.asList(null, 0, 15)) {
                ExportedEvent e = new ExportedEvent("u@roadshow", AgendaKind.TRAVEL, "Zoë's \uD83D\uDE80 flight",
                        "Gate \uD800 B", "line one\nline two, with; punctuation", new Moment(t, brussels),
                        new Moment(t.plusHours(3), ZoneId.of("Asia/Tokyo")), alarm);
                assertEquals(plainHash(e), e.hash(), t + " " + alarm);
                assertEquals(t.toString(), ExportedEvent.iso(new StringBuilder(), t).toString());
            }
        }
    }

    @Test
    void placedMomentsMeanTheModelsInstantAcrossEveryClockChange() {
        for (String id : List.of("Europe/Brussels", "America/Los_Angeles", "Australia/Lord_Howe", "Africa/Casablanca",
                "Asia/Kolkata", "UTC", "Etc/GMT-3")) {
            ZoneId zone = ZoneId.of(id);
            List<LocalDateTime> times = new java.util.ArrayList<>(List.of(LocalDateTime.parse("2024-07-01T12:00")));
            for (ZoneOffsetTransition t : zone.getRules().getTransitions()) {
                if (t.getDateTimeBefore().getYear() >= 2015 && t.getDateTimeBefore().getYear() <= 2027) {
                    for (int minutes = -90; minutes <= 90; minutes += 15) {
                        times.add(t.getDateTimeBefore().plusMinutes(minutes));
                        times.add(t.getDateTimeAfter().plusMinutes(minutes));
                    }
                }
            }
            for (LocalDateTime time : times) {
                Moment m = new Moment(time, zone);
                IcsExport.Placed placed = IcsExport.Placed.of(m);
                assertEquals(m.instant(), placed.instant(), id + " " + time);
                assertEquals(ZoneDefinitions.hasDefinition(zone) && zone.getRules().getValidOffsets(time).size() == 1,
                        placed.inZone(), id + " " + time);
            }
        }
        Moment fixed = new Moment(LocalDateTime.parse("2020-01-01T10:00"), ZoneOffset.ofHours(2));
        assertEquals(fixed.instant(), IcsExport.Placed.of(fixed).instant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"K, level 1, group C, booth 5", "K, level 1", "K", "", ",", ",,", "a,b,,", "a,b, ",
        "a,,b", ",a,b", " Hall 2 , level 1 ,stand 4 ", "a,b,c,", "a,b,,c"})
    void aShortLocationIsTheFirstTwoPartsAsSplittingGaveThem(String location) {
        String[] parts = location.split(",");
        String expected = parts.length <= 2 ? location.strip() : String.join(",", Arrays.copyOf(parts, 2)).strip();
        assertEquals(expected, EventText.shortLocation(location));
    }

    @Test
    void localTimesReadAsTheFormatterWroteThem() {
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() == 2024; day = day.plusDays(3)) {
            LocalDateTime t = day.atTime(day.getDayOfYear() % 24, day.getDayOfYear() % 60);
            assertEquals(t.format(LOCAL), EventText.local(t));
        }
        for (String t : List.of("0999-05-01T07:05", "1000-01-01T00:00", "9999-12-31T23:59", "+10000-01-01T00:00",
                "-0005-03-01T12:00", "2017-02-04T09:30:59.5")) {
            LocalDateTime time = LocalDateTime.parse(t);
            assertEquals(time.format(LOCAL), EventText.local(time));
        }
    }
}
