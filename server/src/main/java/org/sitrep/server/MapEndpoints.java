package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.sitrep.model.EventType;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventTally;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The routes the map page draws from: events counted into grid cells ({@code /api/map}) and per
 * week ({@code /api/timeline}), so that a browser gets a few hundred numbers instead of 100,000
 * events. The database does the counting ({@link EventStore#cells}, {@link EventStore#days}).
 */
final class MapEndpoints {
    /** Map zoom levels, as Leaflet numbers them. */
    static final int MIN_ZOOM = 0;
    static final int MAX_ZOOM = 20;
    static final int DEFAULT_ZOOM = 2;
    /** What /api/map takes: the event filters and the zoom. */
    static final List<String> MAP_PARAMETERS = with(EventFilter.FILTERS, "zoom");

    private final EventStore store;
    private final PageCache cellAnswers;
    private final PageCache weekAnswers;

    /**
     * @param cellAnswers kept /api/map answers, this route's own: the key is the filter with the zoom as its offset
     * @param weekAnswers kept /api/timeline answers, this route's own
     */
    MapEndpoints(EventStore store, PageCache cellAnswers, PageCache weekAnswers) {
        this.store = store;
        this.cellAnswers = cellAnswers;
        this.weekAnswers = weekAnswers;
    }

    /**
     * The side of a grid cell, in degrees, at {@code zoom}: a 256-pixel tile spans 360 / 2^zoom
     * degrees of longitude, so cells of an eighth of a tile (32 pixels) keep markers apart.
     */
    static double cellDegrees(int zoom) {
        return 360.0 / Math.pow(2, zoom + 3);
    }

    /** {@code GET /api/map}: the matching events with coordinates, counted per grid cell. */
    void map(Context ctx) {
        QueryParameters p = new QueryParameters(ctx.queryParamMap(), MAP_PARAMETERS);
        Integer z = p.integer("zoom", MIN_ZOOM, MAX_ZOOM);
        int zoom = z == null ? DEFAULT_ZOOM : z;
        // The filters take no page, so the offset is free to tell one zoom's answer from another's.
        EventQuery query = EventFilter.parse(without(ctx.queryParamMap(), "zoom")).page(EventQuery.DEFAULT_LIMIT, zoom);
        ctx.contentType("application/json").result(cellAnswers.get(query, q -> cells(q, zoom)));
    }

    private String cells(EventQuery query, int zoom) {
        double cell = cellDegrees(zoom);
        EventTally.Cells tally = store.cells(query, cell);
        Map<Long, Cell> cells = new HashMap<>();
        for (EventTally.Cell c : tally.cells()) {
            cells.computeIfAbsent(c.row() * 4_000_000_000L + c.column(), k -> new Cell()).add(c);
        }
        ObjectNode out = ApiJson.MAPPER.createObjectNode();
        long total = cells.values().stream().mapToLong(c -> c.count).sum();
        out.put("total", total);
        out.put("unlocated", tally.unlocated());
        out.put("zoom", zoom);
        out.put("cell_degrees", cell);
        ArrayNode array = out.putArray("cells");
        cells.values().stream()
                .sorted((x, y) -> Long.compare(y.count, x.count))
                .forEach(c -> c.write(array.addObject()));
        return out.toString();
    }

    /** {@code GET /api/timeline}: the matching events per ISO week (named by its Monday), gaps filled with zeros. */
    void timeline(Context ctx) {
        new QueryParameters(ctx.queryParamMap(), EventFilter.FILTERS);
        EventQuery query = EventFilter.parse(ctx.queryParamMap());
        ctx.contentType("application/json").result(weekAnswers.get(query, this::weeks));
    }

    private String weeks(EventQuery query) {
        TreeMap<LocalDate, long[]> weeks = new TreeMap<>();
        long[] total = {0};
        for (EventTally.Day day : store.days(query)) {
            LocalDate monday = day.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            long[] w = weeks.computeIfAbsent(monday, k -> new long[2]);
            w[0] += day.count();
            w[1] += day.fatalities();
            total[0] += day.count();
        }
        ObjectNode out = ApiJson.MAPPER.createObjectNode();
        out.put("total", total[0]);
        ArrayNode array = out.putArray("weeks");
        if (!weeks.isEmpty()) {
            for (LocalDate w = weeks.firstKey(); !w.isAfter(weeks.lastKey()); w = w.plusWeeks(1)) {
                long[] counts = weeks.getOrDefault(w, new long[2]);
                ObjectNode week = array.addObject();
                week.put("week", w.toString());
                week.put("count", counts[0]);
                week.put("fatalities", counts[1]);
            }
        }
        return out.toString();
    }

    /** The events of one grid cell, all types together. */
    private static final class Cell {
        long count;
        long fatalities;
        double latSum;
        double lonSum;
        final long[] types = new long[EventType.values().length];
        String onlyId;

        void add(EventTally.Cell c) {
            count += c.count();
            fatalities += c.fatalities();
            latSum += c.latitudes();
            lonSum += c.longitudes();
            types[EventType.fromLabel(c.eventType()).ordinal()] += c.count();
            onlyId = count == 1 ? c.anyEventId() : null;
        }

        void write(ObjectNode out) {
            out.put("lat", latSum / count);
            out.put("lon", lonSum / count);
            out.put("count", count);
            out.put("fatalities", fatalities);
            out.put("event_type", commonest().label());
            if (count == 1) out.put("event_id", onlyId);
        }

        /** The most frequent type; a tie goes to the type ACLED lists first. */
        private EventType commonest() {
            int best = 0;
            for (int i = 1; i < types.length; i++) if (types[i] > types[best]) best = i;
            return EventType.values()[best];
        }
    }

    private static List<String> with(List<String> names, String extra) {
        List<String> out = new ArrayList<>(names);
        out.add(extra);
        return List.copyOf(out);
    }

    private static Map<String, List<String>> without(Map<String, List<String>> params, String name) {
        Map<String, List<String>> out = new HashMap<>(params);
        out.remove(name);
        return out;
    }
}
