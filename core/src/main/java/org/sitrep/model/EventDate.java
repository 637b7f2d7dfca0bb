package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/** The day an event happened, with how well it is known. */
public record EventDate(LocalDate date, TimePrecision precision) {
    public EventDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
    }

    /** Returns the first day this date may stand for. */
    public LocalDate earliest() {
        return switch (precision) {
            case DAY -> date;
            case WEEK -> date.minusDays(3);
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    /** Returns the last day this date may stand for. */
    public LocalDate latest() {
        return switch (precision) {
            case DAY -> date;
            case WEEK -> date.plusDays(3);
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
        };
    }

    /** Returns true when the two dates may be the same day. */
    public boolean overlaps(EventDate other) {
        return !earliest().isAfter(other.latest()) && !other.earliest().isAfter(latest());
    }
}
