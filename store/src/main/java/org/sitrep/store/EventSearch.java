package org.sitrep.store;

import org.sitrep.model.Event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
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
            if (ISO3.matcher(query.country()).matches()) {
                conditions.add("(iso3 = ? OR LOWER(country) = ?)");
                params.add(query.country().toUpperCase(Locale.ROOT));
            } else {
                conditions.add("LOWER(country) = ?");
            }
            params.add(query.country().toLowerCase(Locale.ROOT));
        }
        if (query.admin1() != null) {
            conditions.add("LOWER(admin1) = ?");
            params.add(query.admin1().toLowerCase(Locale.ROOT));
        }
        if (query.eventType() != null) {
            conditions.add("LOWER(event_type) = ?");
            params.add(query.eventType().toLowerCase(Locale.ROOT));
        }
        if (query.subEventType() != null) {
            conditions.add("LOWER(sub_event_type) = ?");
            params.add(query.subEventType().toLowerCase(Locale.ROOT));
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
        this.where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        this.parameters = params;
    }

    static EventSearch of(EventQuery query) {
        return new EventSearch(query);
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

    /** Returns the query's page of matching events, in its order. */
    List<Event> page(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(EventRows.SELECT + where + orderBy()
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            int i = bind(s);
            s.setInt(++i, query.offset());
            s.setInt(++i, query.limit());
            List<Event> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) out.add(EventRows.read(r));
            }
            return out;
        }
    }

    /** Gives every matching event to {@code each}, in the query's order, ignoring its page. */
    void forEach(Connection c, Consumer<Event> each) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(EventRows.SELECT + where + orderBy())) {
            bind(s);
            s.setFetchSize(EXPORT_FETCH_SIZE);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) each.accept(EventRows.read(r));
            }
        }
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
