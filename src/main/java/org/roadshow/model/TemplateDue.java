package org.roadshow.model;

import java.time.LocalTime;
import java.util.UUID;

/**
 * A checklist template entry's due date, relative to where the template is applied: before the trip, or before
 * the item the template is applied to (a talk, a booth, a flight), optionally at a time of day.
 */
public sealed interface TemplateDue {
    /** The item's due date once the template is applied to {@code target} (null: to the trip itself). */
    Due anchoredTo(UUID target);

    record BeforeTrip(int days) implements TemplateDue {
        @Override
        public Due anchoredTo(UUID target) {
            return new Due.BeforeTrip(days);
        }
    }

    /** Before the item the template is applied to; applied to the trip itself, it counts before the trip. */
    record BeforeItem(int days, LocalTime at) implements TemplateDue {
        @Override
        public Due anchoredTo(UUID target) {
            return target == null ? new Due.BeforeTrip(days) : new Due.BeforeItem(target, days, at);
        }
    }
}
