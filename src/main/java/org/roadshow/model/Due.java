package org.roadshow.model;

import java.time.LocalDate;
import java.util.Objects;

/** When a checklist item is due: on a date, or a number of days before the trip starts. */
public sealed interface Due {
    /** The due date, given the trip's first day. */
    LocalDate resolve(LocalDate tripStart);

    record On(LocalDate date) implements Due {
        public On {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public LocalDate resolve(LocalDate tripStart) {
            return date;
        }
    }

    record BeforeTrip(int days) implements Due {
        @Override
        public LocalDate resolve(LocalDate tripStart) {
            return tripStart == null ? null : tripStart.minusDays(days);
        }
    }
}
