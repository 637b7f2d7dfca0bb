package org.sitrep.store;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Which stored events a caller wants, and in which order: every filter is optional (null means
 * "any"), and all the given ones must hold. Build one with {@link #builder()}.
 *
 * @param country       a country name ("Niger") or ISO 3166 alpha-3 code ("NER"), exact, any case
 * @param admin1        the first-level region, exact, any case
 * @param eventType     ACLED's event type label ("Battles"), exact, any case
 * @param subEventType  ACLED's sub-event type label ("Armed clash"), exact, any case
 * @param actor         words found in actor1, actor2 or their associated actors, any case
 * @param from          the earliest event date, inclusive
 * @param to            the latest event date, inclusive
 * @param bbox          the area the event's point must lie in
 * @param minFatalities the fewest fatalities
 * @param text          words found in the notes, the location or an actor, any case
 * @param sort          the order; never null
 * @param limit         the most events to return (1 to {@link #MAX_LIMIT})
 * @param offset        how many matching events to skip first
 */
public record EventQuery(String country, String admin1, String eventType, String subEventType, String actor,
                         LocalDate from, LocalDate to, BoundingBox bbox, Integer minFatalities, String text,
                         Sort sort, int limit, int offset) {
    /** The largest page a caller may ask for. */
    public static final int MAX_LIMIT = 1000;
    /** The page size when the caller names none. */
    public static final int DEFAULT_LIMIT = 50;

    public EventQuery {
        if (sort == null) throw new IllegalArgumentException("sort is required");
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT);
        if (offset < 0) throw new IllegalArgumentException("offset must be 0 or more");
        if (from != null && to != null && from.isAfter(to)) throw new IllegalArgumentException("from is after to");
        if (minFatalities != null && minFatalities < 0) throw new IllegalArgumentException("min_fatalities must be 0 or more");
    }

    /** A query for the first page of all events, latest first. */
    public static Builder builder() {
        return new Builder();
    }

    /** The same filters and order, another page. */
    public EventQuery page(int newLimit, int newOffset) {
        return new EventQuery(country, admin1, eventType, subEventType, actor, from, to, bbox, minFatalities, text,
                sort, newLimit, newOffset);
    }

    /**
     * A rectangle of longitudes and latitudes, west to east and south to north (one that crosses the
     * antimeridian is not supported).
     */
    public record BoundingBox(double west, double south, double east, double north) {
        public BoundingBox {
            if (!(west >= -180 && east <= 180 && west <= east)) throw new IllegalArgumentException("bbox longitudes must be -180 to 180, west before east");
            if (!(south >= -90 && north <= 90 && south <= north)) throw new IllegalArgumentException("bbox latitudes must be -90 to 90, south before north");
        }
    }

    /** The fields events can be sorted by, with their columns; ties are broken by the newest row. */
    public enum SortField {
        EVENT_DATE("event_date"), FATALITIES("fatalities"), EVENT_ID("event_id"), COUNTRY("country"),
        EVENT_TYPE("event_type"), UPDATED_AT("updated_at");

        final String column;

        SortField(String column) {
            this.column = column;
        }

        /** The name callers use: the column name. */
        public String label() {
            return column;
        }

        /** Returns the field named {@code label}; throws IllegalArgumentException when there is none. */
        public static SortField fromLabel(String label) {
            for (SortField f : values()) {
                if (f.column.equals(label.toLowerCase(Locale.ROOT))) return f;
            }
            throw new IllegalArgumentException("cannot sort by " + label);
        }
    }

    /** An order: a field, ascending or descending. */
    public record Sort(SortField field, boolean descending) {
        public static final Sort LATEST_FIRST = new Sort(SortField.EVENT_DATE, true);

        /** Reads "event_date" (ascending) or "-fatalities" (descending). */
        public static Sort parse(String spec) {
            boolean desc = spec.startsWith("-");
            return new Sort(SortField.fromLabel(desc ? spec.substring(1) : spec), desc);
        }

        @Override
        public String toString() {
            return (descending ? "-" : "") + field.label();
        }
    }

    /** Collects the filters of a query; {@link #build()} checks them. */
    public static final class Builder {
        private String country, admin1, eventType, subEventType, actor, text;
        private LocalDate from, to;
        private BoundingBox bbox;
        private Integer minFatalities;
        private Sort sort = Sort.LATEST_FIRST;
        private int limit = DEFAULT_LIMIT;
        private int offset;

        private Builder() {
        }

        public Builder country(String v) { country = blankToNull(v); return this; }
        public Builder admin1(String v) { admin1 = blankToNull(v); return this; }
        public Builder eventType(String v) { eventType = blankToNull(v); return this; }
        public Builder subEventType(String v) { subEventType = blankToNull(v); return this; }
        public Builder actor(String v) { actor = blankToNull(v); return this; }
        public Builder text(String v) { text = blankToNull(v); return this; }
        public Builder from(LocalDate v) { from = v; return this; }
        public Builder to(LocalDate v) { to = v; return this; }
        public Builder bbox(BoundingBox v) { bbox = v; return this; }
        public Builder minFatalities(Integer v) { minFatalities = v; return this; }
        public Builder sort(Sort v) { sort = v; return this; }
        public Builder limit(int v) { limit = v; return this; }
        public Builder offset(int v) { offset = v; return this; }

        /** Returns the query; throws IllegalArgumentException naming the first bad value. */
        public EventQuery build() {
            return new EventQuery(country, admin1, eventType, subEventType, actor, from, to, bbox, minFatalities,
                    text, sort, limit, offset);
        }

        private static String blankToNull(String v) {
            return v == null || v.isBlank() ? null : v.strip();
        }
    }
}
