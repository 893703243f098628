package org.roadshow.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Zones are found as people name them, shown with their offsets, and the Etc sign trap never bites. */
class ZoneSearchTest {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void offsetsAreShownWinterThenSummer() {
        assertEquals("UTC+1, +2 in summer", Zones.offsets(BRUSSELS, 2025));
        assertEquals("UTC+0, +1 in summer", Zones.offsets(ZoneId.of("Europe/London"), 2025));
        assertEquals("UTC-8, -7 in summer", Zones.offsets(ZoneId.of("America/Los_Angeles"), 2025));
        assertEquals("UTC+10, +11 in summer", Zones.offsets(ZoneId.of("Australia/Sydney"), 2025), "southern summer");
        assertEquals("UTC+5:30", Zones.offsets(ZoneId.of("Asia/Kolkata"), 2025));
        assertEquals("UTC+1", Zones.offsets(ZoneId.of("Etc/GMT-1"), 2025));
    }

    @Test
    void etcZonesAreLabelledWithTheirRealOffset() {
        assertEquals("UTC+1", Zones.label(ZoneId.of("Etc/GMT-1")));
        assertEquals("UTC-5", Zones.label(ZoneId.of("Etc/GMT+5")));
        assertEquals("Europe/Brussels", Zones.label(BRUSSELS));
    }

    @Test
    void gmtPlusOneFindsZonesAtUtcPlusOneAndNeverEtcGmtPlusOne() {
        for (String query : List.of("GMT+1", "UTC+1", "utc +01:00", "+1")) {
            List<ZoneId> found = ZoneSearch.find(query);
            assertEquals(ZoneId.of("Etc/GMT-1"), found.get(0), query + ": the fixed UTC+1 first");
            assertTrue(found.contains(BRUSSELS), query);
            assertTrue(found.contains(ZoneId.of("Europe/London")), query + ": +1 in summer");
            assertFalse(found.contains(ZoneId.of("Etc/GMT+1")), query + " is not UTC-1");
            assertFalse(found.contains(ZoneId.of("America/New_York")), query);
        }
        assertEquals(ZoneId.of("Etc/GMT-1"), ZoneSearch.resolve("UTC+1").zone(), "the label names the zone");
        assertTrue(ZoneSearch.find("UTC+5:30").contains(ZoneId.of("Asia/Kolkata")));
    }

    @Test
    void citiesCountriesAndAbbreviationsFindTheirZones() {
        assertEquals(ZoneId.of("America/Los_Angeles"), ZoneSearch.find("los angeles").get(0));
        assertEquals(List.of(BRUSSELS), ZoneSearch.find("Belgium"));
        assertTrue(ZoneSearch.find("CET").contains(BRUSSELS));
        assertTrue(ZoneSearch.find("PST").contains(ZoneId.of("America/Los_Angeles")));
        assertTrue(ZoneSearch.find("BST").contains(ZoneId.of("Europe/London")));
        assertFalse(ZoneSearch.find("BST").contains(BRUSSELS));
        assertTrue(ZoneSearch.find("united states").contains(ZoneId.of("America/New_York")));
        assertEquals(Zones.all(), ZoneSearch.find(" "));
    }

    @Test
    void typedTextResolvesToOneZoneOrSaysWhatIsWrong() {
        assertEquals(BRUSSELS, ZoneSearch.resolve("europe/brussels").zone());
        assertEquals(ZoneId.of("America/Los_Angeles"), ZoneSearch.resolve("Los Angeles").zone(), "the only match");
        ZoneSearch.Resolution mars = ZoneSearch.resolve("Mars/Olympus");
        assertNull(mars.zone());
        assertEquals("unknown time zone “Mars/Olympus”", mars.problem());
        assertEquals("unknown time zone “Europe/Tegel”", ZoneSearch.resolve("Europe/Tegel").problem());
        assertTrue(ZoneSearch.resolve("PST").problem().matches("“PST” fits \\d+ zones: pick one from the list"),
                ZoneSearch.resolve("PST").problem());
    }
}
