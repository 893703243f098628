package org.roadshow.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowGeometryTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 900);
    private static final Rectangle2D RIGHT_MONITOR = new Rectangle2D(1440, 0, 2560, 1440);

    @Test
    void firstRunIsCentredOnThePrimaryScreen() {
        WindowGeometry g = WindowGeometry.fit(Optional.empty(), List.of(LAPTOP));
        assertEquals(new WindowGeometry(80, 50, 1280, 800, false), g);
    }

    @Test
    void aPositionOnAnyScreenIsKept() {
        WindowGeometry saved = new WindowGeometry(1700, 100, 1600, 1000, false);
        assertEquals(saved, WindowGeometry.fit(Optional.of(saved), List.of(LAPTOP, RIGHT_MONITOR)));
    }

    @Test
    void aWindowOnAMonitorThatIsGoneComesBackCentred() {
        WindowGeometry saved = new WindowGeometry(1700, 100, 1000, 700, true);
        assertEquals(new WindowGeometry(220, 100, 1000, 700, true), WindowGeometry.fit(Optional.of(saved), List.of(LAPTOP)));
    }

    @Test
    void aTitleBarAboveTheScreenIsMovedBack() {
        WindowGeometry saved = new WindowGeometry(100, -500, 800, 600, false);
        assertEquals(new WindowGeometry(320, 150, 800, 600, false), WindowGeometry.fit(Optional.of(saved), List.of(LAPTOP)));
    }

    @Test
    void aWindowLargerThanTheScreenIsShrunk() {
        WindowGeometry saved = new WindowGeometry(0, 0, 3000, 2000, false);
        assertEquals(new WindowGeometry(0, 0, 1440, 900, false), WindowGeometry.fit(Optional.of(saved), List.of(LAPTOP)));
    }

    @Test
    void roundTripThroughPreferences() {
        Preferences prefs = TestPrefs.fresh();
        try {
            assertEquals(Optional.empty(), WindowGeometry.read(prefs));
            WindowGeometry g = new WindowGeometry(12, 34, 1100, 700, true);
            g.write(prefs);
            assertEquals(Optional.of(g), WindowGeometry.read(prefs));
        } finally {
            TestPrefs.remove(prefs);
        }
    }
}
