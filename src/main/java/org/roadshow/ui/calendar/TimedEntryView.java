package org.roadshow.ui.calendar;

import com.calendarfx.model.Entry;
import com.calendarfx.view.DayEntryView;
import impl.com.calendarfx.view.DayEntryViewSkin;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Skin;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * A timed entry of the day and week views: CalendarFX's, with its title kept on one line and cut with an
 * ellipsis where the entry is too narrow for whole words or overlaps others ({@link LayeredEntries}; a title
 * wrapped there broke letter by letter or hid under the next entry), the time on its own line under it, and
 * a tooltip with the whole text: title, times, place and conflicts, or for a summary of starred sessions the
 * sessions. The tooltip is made when the pointer first comes over the entry: a week of a conference draws
 * hundreds.
 */
final class TimedEntryView extends DayEntryView {
    /** Narrower than this (in pixels), a wrapped title breaks inside words: it stays on one line. */
    static final double WRAP_WIDTH = 90;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.getDefault());

    TimedEntryView(Entry<?> entry) {
        super(entry);
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (getProperties().get(Tooltip.class) == null) {
                Tooltip tip = new Tooltip(tooltipText(getEntry()));
                tip.setShowDuration(Duration.INDEFINITE);
                tip.setShowDelay(Duration.millis(400));
                tip.setWrapText(true);
                tip.setMaxWidth(480);
                getProperties().put(Tooltip.class, tip);
                Tooltip.install(this, tip);
            }
        });
    }

    /** The tooltip's words: the whole title, day and times, place and people, and each conflict's sentence. */
    static String tooltipText(Entry<?> entry) {
        if (!(entry.getUserObject() instanceof EntrySpec spec)) {
            return entry.getTitle();
        }
        if (spec.summary()) {
            return String.join("\n", spec.members());
        }
        DateTimeFormatter hours = ClockFormat.hours(Locale.getDefault());
        StringBuilder s = new StringBuilder(spec.title()).append('\n').append(DAY.format(spec.start())).append(", ")
                .append(hours.format(spec.start())).append('–').append(hours.format(spec.end()));
        if (!spec.end().toLocalDate().equals(spec.start().toLocalDate())) {
            s.append(" (").append(DAY.format(spec.end())).append(')');
        }
        if (!spec.location().isBlank()) {
            s.append('\n').append(spec.location());
        }
        for (String conflict : spec.conflicts()) {
            s.append("\n⚠ ").append(conflict);
        }
        return s.toString();
    }

    /** The tooltip once the pointer has been over the entry, else null. */
    Tooltip tooltip() {
        return (Tooltip) getProperties().get(Tooltip.class);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new OneLineTitleSkin(this);
    }

    /** CalendarFX's skin with the title wrapped only where whole words fit, else on one line with an ellipsis. */
    static final class OneLineTitleSkin extends DayEntryViewSkin {
        OneLineTitleSkin(DayEntryView view) {
            super(view);
        }

        @Override
        protected Label createTitleLabel() {
            Label title = super.createTitleLabel();
            title.setWrapText(false);
            title.setTextOverrun(OverrunStyle.ELLIPSIS);
            return title;
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            boolean wrap = w >= WRAP_WIDTH && !LayeredEntries.layered(getSkinnable());
            if (titleLabel.isWrapText() != wrap) {
                titleLabel.setWrapText(wrap);
            }
            super.layoutChildren(x, y, w, h);
        }

        Label title() {
            return titleLabel;
        }
    }
}
