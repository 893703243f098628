package org.roadshow.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.roadshow.model.ItemKind;
import org.roadshow.model.TravelLeg;
import org.roadshow.plan.BoothCoverage;
import org.roadshow.plan.Whereabouts;

/** Draws what is in view: the lanes, the zone bands, the bars, the grid and header, the names, the now-line. */
final class TimelinePainter {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_SHORT = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_NUMBER = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final Font SMALL = Font.font("System", 11);
    private static final Font NORMAL = Font.font("System", 12);
    private static final Font BOLD = Font.font("System", FontWeight.BOLD, 12);
    /** Approximate width of a character of {@link #NORMAL}, to shorten labels without measuring each. */
    private static final double CHAR = 6.4;
    /** Zone colours of the band (Tableau 10, see through so they sit on light and dark lanes). */
    private static final List<Color> ZONE_COLOURS = List.of("#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2",
            "#edc948", "#e15759", "#9c755f").stream().map(c -> Color.web(c, 0.6)).toList();

    private final TripTimeline c;
    private final Map<ZoneId, Color> zoneColours = new HashMap<>();

    TimelinePainter(TripTimeline control) {
        this.c = control;
    }

    void paint(GraphicsContext g, TimelineGeometry geo, TimelineCursor cursor) {
        TimelineLanes lanes = c.lanes();
        Set<UUID> selected = c.selectedIds();
        g.setFill(c.laneFill.get());
        g.fillRect(0, 0, geo.width, geo.height);
        ZoneId axis = c.displayZoneProperty().get() != null ? c.displayZoneProperty().get() : lanes.tripZone();
        int n = lanes.lanes().size();
        for (int i = 0; i < n; i++) {
            double top = geo.laneTop(i);
            double bottom = geo.laneBottom(i);
            if (bottom < TimelineGeometry.HEADER || top > geo.height) {
                continue;
            }
            g.setFill(i % 2 == 0 ? c.laneFill.get() : c.laneAltFill.get());
            g.fillRect(0, top, geo.width, bottom - top);
        }
        grid(g, geo, axis);
        for (int i = 0; i < n; i++) {
            double top = geo.laneTop(i);
            if (geo.laneBottom(i) < TimelineGeometry.HEADER || top > geo.height) {
                continue;
            }
            TimelineLanes.Lane lane = lanes.lanes().get(i);
            if (lane.type() == TimelineLanes.LaneType.BOOTH) {
                coverage(g, geo, i, lane);
            } else if (lane.whereabouts() != null) {
                band(g, geo, i, lane.whereabouts());
            }
            bars(g, geo, i, lane, selected, cursor.lane() == i ? cursor.bar() : -1);
        }
        nowLine(g, geo);
        header(g, geo, axis);
        names(g, geo, lanes);
    }

    private void grid(GraphicsContext g, TimelineGeometry geo, ZoneId zone) {
        Duration step = TimeScale.tickStep(geo.level);
        g.setLineWidth(1);
        for (ZonedDateTime t = firstTick(geo.left(), zone, step); !t.toInstant().isAfter(geo.right()); t = next(t, step)) {
            double x = Math.floor(geo.x(t.toInstant())) + 0.5;
            boolean midnight = t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
            g.setStroke(midnight ? c.dayLine.get() : c.gridLine.get());
            g.strokeLine(x, TimelineGeometry.HEADER, x, geo.height);
        }
    }

    private void header(GraphicsContext g, TimelineGeometry geo, ZoneId zone) {
        g.setFill(c.headerFill.get());
        g.fillRect(0, 0, geo.width, TimelineGeometry.HEADER);
        g.setStroke(c.dayLine.get());
        g.strokeLine(0, TimelineGeometry.HEADER - 0.5, geo.width, TimelineGeometry.HEADER - 0.5);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        Duration step = TimeScale.tickStep(geo.level);
        double dayWidth = 86400 / TimeScale.secondsPerPixel(geo.level);
        DateTimeFormatter dayFormat = dayWidth >= 150 ? DAY : dayWidth >= 80 ? DAY_SHORT : dayWidth >= 34 ? DAY_NUMBER : null;
        g.setFont(SMALL);
        g.setFill(c.mutedText.get());
        for (ZonedDateTime t = firstTick(geo.left(), zone, step); !t.toInstant().isAfter(geo.right()); t = next(t, step)) {
            double x = geo.x(t.toInstant());
            String label = step.compareTo(Duration.ofDays(1)) >= 0 ? (dayFormat == null ? t.format(DAY_NUMBER) : "")
                    : t.format(HM);
            g.fillText(label, x + 3, 33);
        }
        // day labels: each day's name at its start, or pinned to the left edge while the day is in view
        if (dayFormat != null) {
            g.setFont(BOLD);
            g.setFill(c.text.get());
            ZonedDateTime day = geo.left().atZone(zone).truncatedTo(ChronoUnit.DAYS);
            while (!day.toInstant().isAfter(geo.right())) {
                ZonedDateTime nextDay = day.plusDays(1);
                double x = Math.max(geo.x(day.toInstant()), TimelineGeometry.NAMES) + 4;
                double end = geo.x(nextDay.toInstant());
                if (end - x > 24) {
                    g.fillText(fit(day.format(dayFormat), end - x - 4), x, 13);
                }
                day = nextDay;
            }
        } else {
            g.setFont(BOLD);
            g.setFill(c.text.get());
            g.fillText(geo.left().atZone(zone).format(MONTH), TimelineGeometry.NAMES + 4, 13);
        }
        g.setFont(SMALL);
        g.setFill(c.mutedText.get());
        boolean ownClocks = c.displayZoneProperty().get() == null;
        g.fillText(fit(ownClocks ? "Bars: each lane's own clock" : "All times in", TimelineGeometry.NAMES - 12), 8, 13);
        g.fillText(fit((ownClocks ? "Scale: " : "") + ZoneNames.city(zone) + " (" + ZoneNames.abbreviation(zone, geo.left())
                + ")", TimelineGeometry.NAMES - 12), 8, 33);
    }

    private void names(GraphicsContext g, TimelineGeometry geo, TimelineLanes lanes) {
        double w = TimelineGeometry.NAMES;
        g.setFill(c.headerFill.get());
        g.fillRect(0, TimelineGeometry.HEADER, w, geo.height - TimelineGeometry.HEADER);
        g.setStroke(c.dayLine.get());
        g.strokeLine(w - 0.5, 0, w - 0.5, geo.height);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < lanes.lanes().size(); i++) {
            double top = geo.laneTop(i);
            if (geo.laneBottom(i) < TimelineGeometry.HEADER || top > geo.height) {
                continue;
            }
            TimelineLanes.Lane lane = lanes.lanes().get(i);
            g.setStroke(c.gridLine.get());
            g.strokeLine(0, geo.laneBottom(i) - 0.5, w, geo.laneBottom(i) - 0.5);
            if (top + 12 < TimelineGeometry.HEADER) {
                continue;
            }
            g.setFont(BOLD);
            g.setFill(c.text.get());
            g.fillText(fit(lane.title(), w - 16), 10, top + 15);
            g.setFont(SMALL);
            g.setFill(c.mutedText.get());
            g.fillText(fit(lane.subtitle(), w - 16), 10, top + 31);
        }
    }

    private void band(GraphicsContext g, TimelineGeometry geo, int i, Whereabouts where) {
        double y = geo.bandTop(i);
        double h = TimelineGeometry.BAND;
        g.setFont(SMALL);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (Whereabouts.Stretch s : where.stretches()) {
            if (s.until().isBefore(geo.left()) || s.from().isAfter(geo.right()) || s.zone() == null) {
                continue;
            }
            double x0 = Math.max(geo.x(s.from()), TimelineGeometry.NAMES);
            double x1 = Math.min(geo.x(s.until()), geo.width);
            Paint fill = zoneColour(s.zone());
            if (s.inTransit()) {
                fill = new LinearGradient(x0, 0, Math.max(x0 + 1, x1), 0, false, CycleMethod.NO_CYCLE,
                        new Stop(0, zoneColour(s.zone())), new Stop(1, zoneColour(s.arrivalZone())));
            }
            g.setFill(fill);
            g.fillRect(x0, y, x1 - x0, h);
            double indent = jumpsAt(where, s.from()) && geo.x(s.from()) >= TimelineGeometry.NAMES ? 44 : 4; // room for the jump's "+3 h"
            if (!s.inTransit() && x1 - x0 > 50 + indent) {
                g.setFill(c.text.get());
                g.fillText(fit(ZoneNames.city(s.zone()), x1 - x0 - indent - 4), x0 + indent, y + h / 2);
            }
        }
        for (Whereabouts.ClockJump j : where.jumps()) {
            double x = geo.x(j.at());
            if (x < TimelineGeometry.NAMES || x > geo.width) {
                continue;
            }
            g.setStroke(c.jump.get());
            g.setLineWidth(2);
            g.strokeLine(x, y - 2, x, geo.laneBottom(i) - 2);
            g.setLineWidth(1);
            g.setFill(c.jump.get());
            g.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {y - 3, y - 3, y + 4}, 3);
            g.setFill(c.text.get());
            g.setFont(BOLD);
            g.fillText(TimelineText.shift(j.shift()), x + 6, y + h / 2);
            g.setFont(SMALL);
        }
    }

    /** The booth's strip: each stretch of opening hours shaded by staffing, "1 of 2" where it fits; gaps shaded down the lane. */
    private void coverage(GraphicsContext g, TimelineGeometry geo, int i, TimelineLanes.Lane lane) {
        double y = geo.bandTop(i);
        double h = TimelineGeometry.BAND;
        g.setFont(SMALL);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (BoothCoverage.Span s : lane.coverage()) {
            if (s.until().isBefore(geo.left()) || s.from().isAfter(geo.right())) {
                continue;
            }
            double x0 = Math.max(geo.x(s.from()), TimelineGeometry.NAMES);
            double x1 = Math.min(geo.x(s.until()), geo.width);
            if (x1 <= x0) {
                continue;
            }
            if (s.understaffed()) {
                g.setGlobalAlpha(0.55);
                g.setFill(c.understaffed.get());
                g.fillRect(x0, y + h, x1 - x0, geo.laneBottom(i) - y - h - 2);
                g.setGlobalAlpha(1);
            }
            g.setFill(s.understaffed() ? c.understaffed.get() : c.staffed.get());
            g.fillRect(x0, y, x1 - x0, h);
            if (s.understaffed()) {
                g.setFill(c.conflict.get());
                g.fillRect(x0, y + h - 2, x1 - x0, 2);
            }
            String text = s.staffed() + " of " + s.min();
            if (x1 - x0 > text.length() * CHAR + 8) {
                g.setFill(s.understaffed() ? c.conflict.get() : c.text.get());
                g.fillText(text, x0 + 4, y + h / 2);
            }
        }
    }

    private void bars(GraphicsContext g, TimelineGeometry geo, int i, TimelineLanes.Lane lane, Set<UUID> selected,
                      int cursorBar) {
        List<TimelineLanes.Bar> bars = lane.bars();
        Instant right = geo.right();
        g.setFont(NORMAL);
        g.setTextBaseline(VPos.CENTER);
        for (int b = lane.firstReaching(geo.left()); b < bars.size(); b++) {
            TimelineLanes.Bar bar = bars.get(b);
            if (bar.start().isAfter(right)) {
                break;
            }
            if (bar.end().isBefore(geo.left())) {
                continue;
            }
            double x0 = geo.x(bar.start());
            double x1 = Math.max(geo.x(bar.end()), x0 + 3);
            double y = geo.rowTop(i, bar.row());
            double h = TimelineGeometry.ROW;
            g.setFill(fill(bar.item().kind()));
            g.fillRoundRect(x0, y, x1 - x0, h, 6, 6);
            if (!bar.conflicts().isEmpty()) {
                g.setStroke(bar.hasError() ? c.conflict.get() : c.warning.get());
                g.setLineWidth(3);
                g.strokeRoundRect(x0 + 1.5, y + 1.5, x1 - x0 - 3, h - 3, 5, 5);
                g.setFill(bar.hasError() ? c.conflict.get() : c.warning.get());
                g.fillRect(x0 + 1, y + h - 6, x1 - x0 - 2, 5);
            }
            if (selected.contains(bar.id()) || b == cursorBar) {
                g.setStroke(c.selection.get());
                g.setLineWidth(b == cursorBar ? 2.5 : 2);
                g.setLineDashes(b == cursorBar && !selected.contains(bar.id()) ? new double[] {4, 3} : null);
                g.strokeRoundRect(x0 - 2, y - 2, x1 - x0 + 4, h + 4, 8, 8);
                g.setLineDashes(null);
            }
            g.setLineWidth(1);
            label(g, geo, lane, bar, Math.max(x0, TimelineGeometry.NAMES), x1, y + h / 2 - 1);
        }
    }

    private void label(GraphicsContext g, TimelineGeometry geo, TimelineLanes.Lane lane, TimelineLanes.Bar bar,
                       double x0, double x1, double y) {
        double room = Math.min(x1, geo.width) - x0 - 10;
        if (room < 14) {
            return;
        }
        g.setFill(c.barText.get());
        g.setTextAlign(TextAlignment.LEFT);
        if (bar.item() instanceof TravelLeg leg) {
            String arrive = leg.arrival().time().format(HM);
            double arriveWidth = arrive.length() * CHAR + 6;
            boolean both = room > arriveWidth * 2 + 30;
            g.fillText(fit(TimelineText.travelStart(leg), both ? room - arriveWidth : room), x0 + 5, y);
            if (both && x1 <= geo.width) {
                g.setTextAlign(TextAlignment.RIGHT);
                g.fillText(arrive, x1 - 5, y);
            }
            return;
        }
        ZoneId zone = TimelineText.labelZone(c.displayZoneProperty().get(), lane, bar);
        g.fillText(fit(TimelineText.barLabel(bar, zone, lane), room), x0 + 5, y);
    }

    private void nowLine(GraphicsContext g, TimelineGeometry geo) {
        Instant now = c.clockProperty().get().instant();
        double x = geo.x(now);
        if (x < TimelineGeometry.NAMES || x > geo.width) {
            return;
        }
        g.setStroke(c.nowLine.get());
        g.setLineWidth(2);
        g.strokeLine(x, TimelineGeometry.HEADER - 6, x, geo.height);
        g.setLineWidth(1);
        g.setFill(c.nowLine.get());
        g.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {TimelineGeometry.HEADER - 8, TimelineGeometry.HEADER - 8,
                TimelineGeometry.HEADER - 1}, 3);
    }

    private static boolean jumpsAt(Whereabouts where, Instant at) {
        for (Whereabouts.ClockJump j : where.jumps()) {
            if (j.at().equals(at)) {
                return true;
            }
        }
        return false;
    }

    private Paint fill(ItemKind kind) {
        return switch (kind) {
            case TALK -> c.talkFill.get();
            case SHIFT -> c.shiftFill.get();
            case DEMO -> c.demoFill.get();
            case TRAVEL -> c.travelFill.get();
            default -> c.meetingFill.get();
        };
    }

    private Color zoneColour(ZoneId zone) {
        return zoneColours.computeIfAbsent(zone, z -> ZONE_COLOURS.get(zoneColours.size() % ZONE_COLOURS.size()));
    }

    /** Forgets the zone colours, so that a trip's first zone gets the first colour. */
    void resetZones() {
        zoneColours.clear();
    }

    private static ZonedDateTime firstTick(Instant from, ZoneId zone, Duration step) {
        ZonedDateTime t = from.atZone(zone).truncatedTo(ChronoUnit.DAYS);
        while (t.toInstant().isBefore(from)) {
            t = next(t, step);
        }
        return t;
    }

    private static ZonedDateTime next(ZonedDateTime t, Duration step) {
        return step.compareTo(Duration.ofDays(1)) >= 0 ? t.plusDays(step.toDays()) : t.plus(step);
    }

    /** The text shortened with an ellipsis to about {@code width} pixels. */
    static String fit(String text, double width) {
        int chars = (int) (width / CHAR);
        if (text.length() <= chars) {
            return text;
        }
        return chars <= 1 ? "" : text.substring(0, chars - 1) + "…";
    }
}
