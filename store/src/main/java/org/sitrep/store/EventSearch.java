package org.sitrep.store;

import org.sitrep.geo.Countries;
import org.sitrep.geo.Country;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** An {@link EventQuery} as SQL: one WHERE clause with its parameters, for a page, a count or an export. */
final class EventSearch {
    private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");
    /** Rows fetched per round trip when an export streams every match. */
    private static final int EXPORT_FETCH_SIZE = 500;

    private final String where;
    private final List<Object> parameters;
    private final EventQuery query;

    private EventSearch(EventQuery query) {
        this.query = query;
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (query.country() != null) {
            // through the country table to its ISO code, so the (iso3, event_date) index answers
            Optional<Country> known = iso3(query.country());
            if (known.isPresent()) {
                conditions.add("iso3 = ?");
                params.add(known.get().iso3());
            } else {
                conditions.add("LOWER(country) = ?");
                params.add(query.country().toLowerCase(Locale.ROOT));
            }
        }
        if (query.admin1() != null) {
            conditions.add("LOWER(admin1) = ?");
            params.add(query.admin1().toLowerCase(Locale.ROOT));
        }
        if (query.eventType() != null) {
            conditions.add("event_type = ?");
            params.add(canonical(query.eventType(), EventType::fromLabel, EventType::label));
        }
        if (query.subEventType() != null) {
            conditions.add("sub_event_type = ?");
            params.add(canonical(query.subEventType(), SubEventType::fromLabel, SubEventType::label));
        }
        if (query.actor() != null) {
            String like = contains(query.actor());
            conditions.add("(LOWER(actor1) LIKE ? ESCAPE '!' OR LOWER(actor2) LIKE ? ESCAPE '!'"
                    + " OR LOWER(assoc_actor_1) LIKE ? ESCAPE '!' OR LOWER(assoc_actor_2) LIKE ? ESCAPE '!')");
            for (int i = 0; i < 4; i++) params.add(like);
        }
        if (query.from() != null) {
            conditions.add("event_date >= ?");
            params.add(query.from());
        }
        if (query.to() != null) {
            conditions.add("event_date <= ?");
            params.add(query.to());
        }
        if (query.bbox() != null) {
            EventQuery.BoundingBox b = query.bbox();
            conditions.add("latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?");
            params.add(b.south());
            params.add(b.north());
            params.add(b.west());
            params.add(b.east());
        }
        if (query.minFatalities() != null) {
            conditions.add("fatalities >= ?");
            params.add(query.minFatalities());
        }
        if (query.text() != null) {
            String like = contains(query.text());
            conditions.add("(LOWER(notes) LIKE ? ESCAPE '!' OR LOWER(location) LIKE ? ESCAPE '!'"
                    + " OR LOWER(actor1) LIKE ? ESCAPE '!' OR LOWER(actor2) LIKE ? ESCAPE '!')");
            for (int i = 0; i < 4; i++) params.add(like);
        }
        // reviewers' rejections are not public: no search, count or export shows them
        conditions.add("status <> 'rejected'");
        this.where = " WHERE " + String.join(" AND ", conditions);
        this.parameters = params;
    }

    static EventSearch of(EventQuery query) {
        return new EventSearch(query);
    }

    /** The filters as one string: two searches with the same key match the same events. */
    String filterKey() {
        return where + parameters;
    }

    private static Optional<Country> iso3(String country) {
        Countries table = Countries.load();
        return ISO3.matcher(country).matches() ? table.byIso3(country).or(() -> table.byName(country)) : table.byName(country);
    }

    /** ACLED's spelling of a type label given in any case; an unknown label stays as given and matches nothing. */
    private static <T> String canonical(String label, Function<String, T> parse, Function<T, String> spelling) {
        try {
            return spelling.apply(parse.apply(label));
        } catch (IllegalArgumentException e) {
            return label;
        }
    }

    /** Returns the number of events that match, whatever the page. */
    long count(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM events" + where)) {
            bind(s);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * Returns the query's page of matching events, in its order. The page's row ids come first, from
     * an index that holds the filter's columns when there is one, and only those rows are read.
     */
    EventPage page(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM events" + where + orderBy()
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            int i = bind(s);
            s.setInt(++i, query.offset());
            s.setInt(++i, query.limit());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) ids.add(r.getLong(1));
            }
        }
        if (ids.isEmpty()) return new EventPage(0, List.of(), Map.of());
        Map<Long, Event> byId = new HashMap<>();
        Map<String, EventStatus> statuses = new HashMap<>();
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement s = c.prepareStatement(EventRows.SELECT_WITH_ROW + " WHERE id IN (" + marks + ")")) {
            for (int i = 0; i < ids.size(); i++) s.setLong(i + 1, ids.get(i));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Event e = EventRows.read(r);
                    byId.put(r.getLong("id"), e);
                    statuses.put(e.eventId(), EventStatus.fromLabel(r.getString("status")));
                }
            }
        }
        List<Event> out = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Event e = byId.get(id);
            if (e != null) out.add(e);
        }
        return new EventPage(0, out, statuses);
    }

    /** Gives every matching event and its status to {@code each}, in the query's order, ignoring its page. */
    void forEach(Connection c, java.util.function.BiConsumer<Event, EventStatus> each) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(EventRows.SELECT_WITH_ROW + where + orderBy())) {
            bind(s);
            s.setFetchSize(EXPORT_FETCH_SIZE);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) each.accept(EventRows.read(r), EventStatus.fromLabel(r.getString("status")));
            }
        }
    }

    /**
     * Returns the matching events with coordinates counted per grid cell of {@code cellDegrees}
     * and event type, and the number without coordinates.
     */
    EventTally.Cells cells(Connection c, double cellDegrees) throws SQLException {
        List<EventTally.Cell> out = new ArrayList<>();
        // grouped in a subquery, so both databases see the same expressions in SELECT and GROUP BY
        String sql = "SELECT cy, cx, event_type, COUNT(*), SUM(fatalities), SUM(latitude), SUM(longitude), MIN(event_id)"
                + " FROM (SELECT FLOOR(latitude / ?) AS cy, FLOOR(longitude / ?) AS cx, event_type, fatalities,"
                + " latitude, longitude, event_id FROM events" + and("latitude IS NOT NULL AND longitude IS NOT NULL")
                + ") located GROUP BY cy, cx, event_type";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setDouble(1, cellDegrees);
            s.setDouble(2, cellDegrees);
            int i = 2;
            for (Object p : parameters) s.setObject(++i, p);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new EventTally.Cell((long) r.getDouble(1), (long) r.getDouble(2), r.getString(3), r.getLong(4),
                            r.getLong(5), r.getDouble(6), r.getDouble(7), r.getString(8)));
                }
            }
        }
        long unlocated;
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM events" + and("(latitude IS NULL OR longitude IS NULL)"))) {
            bind(s);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                unlocated = r.getLong(1);
            }
        }
        return new EventTally.Cells(out, unlocated);
    }

    /** Returns the matching events counted per event date, earliest first. */
    List<EventTally.Day> days(Connection c) throws SQLException {
        List<EventTally.Day> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT event_date, COUNT(*), SUM(fatalities) FROM events" + where
                + " GROUP BY event_date ORDER BY event_date")) {
            bind(s);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) out.add(new EventTally.Day(r.getObject(1, java.time.LocalDate.class), r.getLong(2), r.getLong(3)));
            }
        }
        return out;
    }

    /** The filter's WHERE clause with one more condition. */
    private String and(String condition) {
        return where + " AND " + condition;
    }

    private String orderBy() {
        String dir = query.sort().descending() ? " DESC" : " ASC";
        return " ORDER BY " + query.sort().field().column + dir + ", id" + dir;
    }

    private int bind(PreparedStatement s) throws SQLException {
        int i = 0;
        for (Object p : parameters) s.setObject(++i, p);
        return i;
    }

    /** A LIKE pattern for "contains {@code words}", any case, with LIKE's own characters taken literally. */
    private static String contains(String words) {
        String escaped = words.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
