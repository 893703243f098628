package org.roadshow.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

/**
 * When a checklist item is due: on a date, a number of days before the trip starts, or a number of days before
 * another item of the same trip (its anchor), optionally at a time of day. The relative kinds store no date:
 * they follow the trip or the anchor when it moves. {@code plan.checklist.DueDates} resolves them.
 */
public sealed interface Due {
    record On(LocalDate date) implements Due {
        public On {
            Objects.requireNonNull(date, "date");
        }
    }

    /** {@code days} before the trip's first day ({@link Trip#firstDay()}); a negative count is after it. */
    record BeforeTrip(int days) implements Due {
    }

    /**
     * {@code days} before the day the anchor item starts, in the anchor's time zone; at {@code at} that day,
     * or all day when {@code at} is null. "The evening before the talk" is {@code BeforeItem(talk, 1, 18:00)}.
     */
    record BeforeItem(UUID item, int days, LocalTime at) implements Due {
        public BeforeItem {
            Objects.requireNonNull(item, "item");
        }

        public BeforeItem withItem(UUID item) {
            return new BeforeItem(item, days, at);
        }

        public BeforeItem withDays(int days) {
            return new BeforeItem(item, days, at);
        }

        public BeforeItem withAt(LocalTime at) {
            return new BeforeItem(item, days, at);
        }
    }
}
