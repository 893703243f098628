package org.roadshow.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.roadshow.model.Item;
import org.roadshow.model.Moment;
import org.roadshow.model.Shift;
import org.roadshow.model.Timed;
import org.roadshow.model.TravelLeg;
import org.roadshow.plan.BoothCoverage;
import org.roadshow.plan.Conflict;
import org.roadshow.plan.Whereabouts;

/** The words on the timeline: bar labels in the right zone, and the tooltips of bars, jumps and staffing. */
final class TimelineText {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_HM = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private TimelineText() {
    }

    /** "+9 h", "−1 h 30 min": how far a clock jumps. */
    static String shift(Duration shift) {
        long minutes = Math.abs(shift.toMinutes());
        String sign = shift.isNegative() ? "−" : "+";
        return sign + (minutes / 60 > 0 ? minutes / 60 + " h" : "") + (minutes % 60 > 0 ? (minutes >= 60 ? " " : "")
                + minutes % 60 + " min" : "");
    }

    /** The zone a bar's times are shown in: the display zone, else where the person's clock is, else where it happens. */
    static ZoneId labelZone(ZoneId display, TimelineLanes.Lane lane, TimelineLanes.Bar bar) {
        if (display != null) {
            return display;
        }
        if (lane.whereabouts() != null) {
            ZoneId z = lane.whereabouts().zoneAt(bar.start());
            if (z != null) {
                return z;
            }
        }
        return bar.timed().start().zone();
    }

    /** "10:20 SVO Moscow → LAX Los Angeles": a leg's start, in the zone it departs from. */
    static String travelStart(TravelLeg leg) {
        return leg.departure().time().format(HM) + " " + leg.from() + " → " + leg.to();
    }

    /** "11:30 Live patching …" or, on a booth lane, "09:30 Zoë, Ravi (2)". */
    static String barLabel(TimelineLanes.Bar bar, ZoneId zone, TimelineLanes.Lane lane) {
        String time = bar.start().atZone(zone).format(HM);
        if (lane.type() == TimelineLanes.LaneType.BOOTH && bar.item() instanceof Shift s) {
            return time + " " + (s.people().isEmpty() ? "nobody on duty" : s.people().size() + " on duty");
        }
        String title = bar.item() instanceof Shift ? "Booth duty" : bar.item().label();
        return time + " " + title;
    }

    /** The tooltip of a bar: what it is, when (in the zones it happens in), and each conflict's sentence. */
    static String barTooltip(TimelineLanes.Bar bar) {
        Item item = bar.item();
        Timed t = bar.timed();
        StringBuilder s = new StringBuilder(item.kind().singular()).append(": ").append(item.label());
        s.append('\n').append(when(t.start())).append(" → ").append(sameZone(t) ? t.end().time().format(HM)
                : when(t.end()));
        Duration length = Duration.between(bar.start(), bar.end());
        s.append(" (").append(length.toHours()).append(" h ").append(length.toMinutesPart()).append(" min)");
        for (Conflict c : bar.conflicts()) {
            s.append("\n\n").append(c.severity() == org.roadshow.plan.Severity.ERROR ? "⚠ " : "• ").append(c.message());
        }
        return s.toString();
    }

    private static boolean sameZone(Timed t) {
        return t.start().zone().equals(t.end().zone()) && t.start().time().toLocalDate().equals(t.end().time().toLocalDate());
    }

    private static String when(Moment m) {
        return m.time().format(DAY_HM) + " " + ZoneNames.abbreviation(m.zone(), m.instant()) + " (" + ZoneNames.city(m.zone()) + ")";
    }

    static String jumpTooltip(String person, Whereabouts.ClockJump j) {
        return person + "'s clock jumps " + shift(j.shift()) + " on arrival in " + ZoneNames.city(j.to()) + ": "
                + j.at().atZone(j.from()).format(HM) + " " + ZoneNames.city(j.from()) + " time is "
                + j.at().atZone(j.to()).format(HM) + " there.";
    }

    static String coverageTooltip(String booth, BoothCoverage.Span s, ZoneId zone) {
        String when = s.from().atZone(zone).format(DAY_HM) + "–" + s.until().atZone(zone).format(HM);
        String staffing = s.staffed() + " on duty, at least " + s.min() + " wanted";
        return booth + " " + when + ": " + staffing + (s.understaffed() ? " (understaffed)" : "");
    }

    static String stretchTooltip(String person, Whereabouts.Stretch s) {
        if (s.inTransit()) {
            return person + " is travelling: " + s.leg().label();
        }
        return person + " is in " + (s.zone() == null ? "an unknown zone" : ZoneNames.city(s.zone())
                + " (" + s.zone().getId() + ")") + " from " + at(s.from(), s.zone()) + " until " + at(s.until(), s.zone());
    }

    private static String at(Instant i, ZoneId zone) {
        return zone == null ? i.toString() : i.atZone(zone).format(DAY_HM);
    }
}
