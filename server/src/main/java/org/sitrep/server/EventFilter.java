package org.sitrep.server;

import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventQuery.BoundingBox;
import org.sitrep.store.EventQuery.Sort;
import org.sitrep.store.EventQuery.SortField;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the query parameters of {@code GET /api/events} and its exports into an {@link EventQuery},
 * so that every bad value is answered with a 400 that names its parameter.
 */
final class EventFilter {
    /** Every query parameter the event routes take, in the order openapi.json lists them. */
    static final List<String> PARAMETERS = List.of("country", "admin1", "event_type", "sub_event_type", "actor",
            "from", "to", "bbox", "min_fatalities", "q", "sort", "limit", "offset");
    /** The parameters that choose events, without the order and the page: what the map and timeline take. */
    static final List<String> FILTERS = PARAMETERS.subList(0, PARAMETERS.indexOf("sort"));

    private EventFilter() {
    }

    /**
     * Returns the query the parameters ask for: the latest events first, 50 to a page, unless they
     * say otherwise.
     *
     * @throws ApiError (400) naming the first unknown, repeated or bad parameter
     */
    static EventQuery parse(Map<String, List<String>> queryParams) {
        QueryParameters p = new QueryParameters(queryParams, PARAMETERS);
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiError.badParameter("to", "to (" + to + ") is before from (" + from + ").");
        }
        Integer limit = p.integer("limit", 1, EventQuery.MAX_LIMIT);
        Integer offset = p.integer("offset", 0, Integer.MAX_VALUE);
        return EventQuery.builder()
                .country(p.text("country"))
                .admin1(p.text("admin1"))
                .eventType(eventType(p.text("event_type")))
                .subEventType(subEventType(p.text("sub_event_type")))
                .actor(p.text("actor"))
                .from(from)
                .to(to)
                .bbox(bbox(p.text("bbox")))
                .minFatalities(p.integer("min_fatalities", 0, Integer.MAX_VALUE))
                .text(p.text("q"))
                .sort(sort(p.text("sort")))
                .limit(limit == null ? EventQuery.DEFAULT_LIMIT : limit)
                .offset(offset == null ? 0 : offset)
                .build();
    }

    /** ACLED's spelling of an event type given in any case, so the store compares canonical labels. */
    private static String eventType(String label) {
        if (label == null) return null;
        try {
            return EventType.fromLabel(label).label();
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("event_type", "Unknown event type '" + label + "'; ACLED's are "
                    + Arrays.stream(EventType.values()).map(EventType::label).collect(Collectors.joining(", ")) + ".");
        }
    }

    private static String subEventType(String label) {
        if (label == null) return null;
        try {
            return SubEventType.fromLabel(label).label();
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("sub_event_type", "Unknown sub-event type '" + label + "'; ACLED's are "
                    + Arrays.stream(SubEventType.values()).map(SubEventType::label).collect(Collectors.joining(", ")) + ".");
        }
    }

    private static BoundingBox bbox(String spec) {
        if (spec == null) return null;
        String[] parts = spec.split(",", -1);
        try {
            if (parts.length != 4) throw new IllegalArgumentException("four numbers are needed");
            double[] v = new double[4];
            for (int i = 0; i < 4; i++) v[i] = Double.parseDouble(parts[i].strip());
            return new BoundingBox(v[0], v[1], v[2], v[3]);
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("bbox", "bbox must be west,south,east,north in degrees (e.g. 0,11,16,24), not '"
                    + spec + "'.");
        }
    }

    private static Sort sort(String spec) {
        if (spec == null) return Sort.LATEST_FIRST;
        try {
            return Sort.parse(spec);
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("sort", "Cannot sort by '" + spec + "'; sort by one of "
                    + Arrays.stream(SortField.values()).map(SortField::label).collect(Collectors.joining(", "))
                    + ", with a leading '-' for descending order.");
        }
    }
}
