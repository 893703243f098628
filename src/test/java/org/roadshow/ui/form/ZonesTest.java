package org.roadshow.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZonesTest {
    @Test
    void realZonesOnlySorted() {
        List<ZoneId> zones = Zones.all();
        assertTrue(zones.contains(ZoneId.of("Europe/Brussels")));
        assertTrue(zones.contains(ZoneId.of("America/Los_Angeles")));
        assertTrue(zones.stream().noneMatch(z -> z.getId().startsWith("SystemV/")));
        assertEquals(zones.stream().map(ZoneId::getId).sorted().toList(), zones.stream().map(ZoneId::getId).toList());
        assertFalse(Zones.pickable("ical4j~6a1b1fba-8a4e-4c43-9a43-2f9f0f7c8b8d"));
        assertFalse(Zones.pickable("SystemV/PST8PDT"));
        assertTrue(Zones.pickable("Asia/Kolkata"));
    }
}
