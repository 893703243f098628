package org.roadshow.ui.calendar;

import com.calendarfx.view.DayEntryView;
import com.calendarfx.view.DayView;
import com.calendarfx.view.WeekDayView;
import impl.com.calendarfx.view.DayViewSkin;
import impl.com.calendarfx.view.WeekDayViewSkin;
import impl.com.calendarfx.view.util.Placement;
import impl.com.calendarfx.view.util.TimeBoundsResolver;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Overlapping entries of a day column, drawn so that each stays readable. CalendarFX gives each of n entries
 * that overlap a column of 1/n of the day's width: four at once in a week's day left each about 25 pixels, a
 * "…" and nothing else. Where a column would be narrower than {@link #MIN_WIDTH}, the entries are layered
 * instead, as Google Calendar and Outlook do: each later column starts a step to the right of the one before,
 * at least {@code MIN_WIDTH} wide, and the entry that starts later is drawn over the one that starts earlier,
 * whose title and time stay readable above it; each entry's tooltip gives its whole text.
 */
final class LayeredEntries {
    /** The narrowest an entry is drawn: wide enough for a few words of its title and its times. */
    static final double MIN_WIDTH = 78;
    /** The style class of an entry drawn over another: a border sets it apart from the one under it. */
    static final String LAYERED = "rs-layered";

    private LayeredEntries() {
    }

    /** Re-lays the entries CalendarFX has placed side by side where their columns came out too narrow. */
    static void layer(List<DayEntryView> views, DayView day, double contentX, double contentWidth) {
        if (views.size() < 2) {
            views.forEach(v -> mark(v, false, false));
            return;
        }
        double width = contentWidth * day.getEntryWidthPercentage() / 100d;
        List<DayEntryView> layered = new ArrayList<>();
        for (Placement p : TimeBoundsResolver.resolve(views)) {
            DayEntryView view = (DayEntryView) p.getEntryView();
            int count = p.getColumnCount();
            if (count < 2 || width / count >= MIN_WIDTH || width <= MIN_WIDTH) {
                mark(view, false, false);
                continue;
            }
            double step = (width - MIN_WIDTH) / (count - 1);
            double x = contentX + p.getColumnIndex() * step;
            double w = Math.max(MIN_WIDTH, width - p.getColumnIndex() * step);
            view.resizeRelocate(Math.round(x), view.getLayoutY(), Math.round(w), view.getHeight());
            layered.add(view);
        }
        // the one that starts later is drawn over the earlier one, whose title and time stay in view above it
        layered.sort(Comparator.comparing((DayEntryView v) -> v.getEntry().getStartAsZonedDateTime())
                .thenComparing(v -> v.getLayoutX()));
        for (int i = 0; i < layered.size(); i++) {
            DayEntryView view = layered.get(i);
            mark(view, true, i > 0);
            view.toFront();
        }
    }

    /**
     * Marks an entry as one of a layered group ({@code inGroup}: later ones cover part of it, so its title stays
     * on one line) and as drawn over an earlier one ({@code over}: the style class that sets it apart).
     */
    private static void mark(DayEntryView view, boolean inGroup, boolean over) {
        if (inGroup) {
            view.getProperties().put(LayeredEntries.class, Boolean.TRUE);
        } else {
            view.getProperties().remove(LayeredEntries.class);
        }
        if (!over) {
            view.getStyleClass().remove(LAYERED);
        } else if (!view.getStyleClass().contains(LAYERED)) {
            view.getStyleClass().add(LAYERED);
        }
    }

    /** Whether the entry is one of a layered group, partly covered or covering: its title keeps to one line. */
    static boolean layered(DayEntryView view) {
        return view.getProperties().containsKey(LayeredEntries.class);
    }

    /** The skin of a week's day. */
    static final class WeekDaySkin extends WeekDayViewSkin {
        WeekDaySkin(WeekDayView view) {
            super(view);
        }

        @Override
        protected void layoutBaseEntryViews(List<DayEntryView> views, DayView day, double x, double y, double w,
                                            double h) {
            super.layoutBaseEntryViews(views, day, x, y, w, h);
            layer(views, day, x, w);
        }
    }

    /** The skin of the day view. */
    static final class DaySkin extends DayViewSkin<DayView> {
        DaySkin(DayView view) {
            super(view);
        }

        @Override
        protected void layoutBaseEntryViews(List<DayEntryView> views, DayView day, double x, double y, double w,
                                            double h) {
            super.layoutBaseEntryViews(views, day, x, y, w, h);
            layer(views, day, x, w);
        }
    }
}
