package org.roadshow.io.ical;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * VTIMEZONE definitions written from the Java runtime's own zone rules, the rules the model's instants
 * come from, so the file means exactly what the model means. Each definition holds the transition in
 * force at the start of the range and every transition up to its end, one observance each: ical4j's
 * bundled definitions come from another tzdata release and a client reads the definition in the file.
 */
final class ZoneDefinitions {
    /** Used as the onset of a zone that never changed its offset. */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1601, 1, 1, 0, 0);

    private ZoneDefinitions() {
    }

    /** Whether times in this zone are written with a TZID, rather than in UTC. */
    static boolean hasDefinition(ZoneId zone) {
        if (zone instanceof ZoneOffset) {
            return false;
        }
        ZoneRules rules = zone.getRules();
        return !(rules.isFixedOffset() && rules.getOffset(Instant.EPOCH).getTotalSeconds() == 0);
    }

    /** The definition of {@code zone} valid for every instant from {@code from} to {@code to}. */
    static VTimeZone definition(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        List<Observance> observances = new ArrayList<>();
        ZoneOffsetTransition inForce = rules.previousTransition(from);
        if (inForce == null) {
            ZoneOffset offset = rules.getOffset(from);
            observances.add(observance(rules.isDaylightSavings(from), EARLIEST, offset, offset));
        } else {
            observances.add(observance(rules, inForce));
        }
        ZoneOffsetTransition next = rules.nextTransition(inForce == null ? from : inForce.getInstant());
        while (next != null && !next.getInstant().isAfter(to)) {
            observances.add(observance(rules, next));
            next = rules.nextTransition(next.getInstant());
        }
        List<Property> props = List.of(new TzId(zone.getId()), new XProperty("X-LIC-LOCATION", zone.getId()));
        return new VTimeZone(new PropertyList(props), new ComponentList<>(observances));
    }

    private static Observance observance(ZoneRules rules, ZoneOffsetTransition t) {
        return observance(rules.isDaylightSavings(t.getInstant()), t.getDateTimeBefore(), t.getOffsetBefore(),
                t.getOffsetAfter());
    }

    /** RFC 5545 gives an observance's onset as local time in the offset before it. */
    private static Observance observance(boolean daylight, LocalDateTime onset, ZoneOffset from, ZoneOffset to) {
        PropertyList props = new PropertyList(List.of(new DtStart<>(onset), new TzOffsetFrom(from),
                new TzOffsetTo(to)));
        return daylight ? new Daylight(props) : new Standard(props);
    }
}
