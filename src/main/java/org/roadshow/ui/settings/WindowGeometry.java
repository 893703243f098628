package org.roadshow.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's last size and position. Restoring clamps the size to the screen and recentres the window
 * when too little of it would be visible (a monitor unplugged since), so it never opens off-screen.
 */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    /** How much of the title bar must lie on a screen for a saved position to be kept. */
    private static final double MIN_VISIBLE = 80;

    public static Optional<WindowGeometry> read(Preferences prefs) {
        double w = prefs.getDouble("window.width", -1);
        double h = prefs.getDouble("window.height", -1);
        if (w <= 0 || h <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowGeometry(prefs.getDouble("window.x", 0), prefs.getDouble("window.y", 0), w, h,
                prefs.getBoolean("window.maximized", false)));
    }

    public void write(Preferences prefs) {
        prefs.putDouble("window.x", x);
        prefs.putDouble("window.y", y);
        prefs.putDouble("window.width", width);
        prefs.putDouble("window.height", height);
        prefs.putBoolean("window.maximized", maximized);
        Settings.store(prefs);
    }

    /** Where the window goes this time: where it was last time, on a screen that is still there, else centred. */
    public static WindowGeometry restore(Preferences prefs) {
        List<Rectangle2D> screens = new ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds()); // first; the others in their order
        for (Screen screen : Screen.getScreens()) {
            if (!screen.equals(Screen.getPrimary())) {
                screens.add(screen.getVisualBounds());
            }
        }
        return fit(read(prefs), screens);
    }

    public void applyTo(Stage stage) {
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMaximized(maximized);
    }

    /** Where to put the window given the screens' visible bounds (the first is the primary screen). */
    public static WindowGeometry fit(Optional<WindowGeometry> saved, List<Rectangle2D> screens) {
        Rectangle2D primary = screens.isEmpty() ? new Rectangle2D(0, 0, DEFAULT_WIDTH, DEFAULT_HEIGHT) : screens.get(0);
        if (saved.isPresent()) {
            WindowGeometry g = saved.get();
            Rectangle2D titleBar = new Rectangle2D(g.x, g.y, Math.max(1, g.width), 30);
            for (Rectangle2D screen : screens) {
                if (visibleWidth(titleBar, screen) >= Math.min(MIN_VISIBLE, g.width)
                        && g.y >= screen.getMinY() - 5 && g.y < screen.getMaxY() - 30) {
                    double w = Math.min(g.width, screen.getWidth());
                    double h = Math.min(g.height, screen.getHeight());
                    return new WindowGeometry(g.x, g.y, w, h, g.maximized);
                }
            }
            return centred(primary, g.width, g.height, g.maximized);
        }
        return centred(primary, DEFAULT_WIDTH, DEFAULT_HEIGHT, false);
    }

    private static WindowGeometry centred(Rectangle2D screen, double width, double height, boolean maximized) {
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        return new WindowGeometry(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h, maximized);
    }

    private static double visibleWidth(Rectangle2D bar, Rectangle2D screen) {
        double left = Math.max(bar.getMinX(), screen.getMinX());
        double right = Math.min(bar.getMaxX(), screen.getMaxX());
        return right - left;
    }
}
