package org.roadshow.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.roadshow.model.Moment;

/** The instants of wall-clock times, kept per zone and stretch, are those of Moment.instant() in every order. */
class InstantsTest {
    private static final List<ZoneId> ZONES = List.of("America/New_York", "Europe/Berlin", "Australia/Lord_Howe",
            "America/Sao_Paulo", "Asia/Kolkata", "UTC", "Pacific/Apia").stream().map(ZoneId::of).toList();

    @Test
    void everyQuarterHourOfThreeYearsInOrderBackwardsAndShuffled() {
        List<Moment> moments = new ArrayList<>();
        for (ZoneId zone : ZONES) {
            for (LocalDateTime t = LocalDateTime.of(2010, 12, 25, 0, 0); t.getYear() < 2013; t = t.plusMinutes(15)) {
                moments.add(new Moment(t, zone)); // Apia skipped 30 Dec 2011; every zone's gaps and overlaps
            }
        }
        check(moments);
        Collections.reverse(moments);
        check(moments);
        Collections.shuffle(moments, new Random(9));
        check(moments);
    }

    private static void check(List<Moment> moments) {
        Instants instants = new Instants();
        for (Moment m : moments) {
            assertEquals(m.instant(), instants.of(m), m.toString());
        }
    }
}
