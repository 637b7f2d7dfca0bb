package org.sitrep.store;

import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Fatalities;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** One event as one row of {@code events}, in EVENT-SCHEMA.md's column names, and back. */
final class EventRows {
    /** The columns written from an event, in the order of {@link #insert}'s parameters. */
    private static final List<String> COLUMNS = List.of("event_id", "article_id", "event_date", "time_precision",
            "event_type", "sub_event_type", "disorder_type", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2",
            "inter1", "inter2", "interaction", "civilian_targeting", "country", "iso3", "admin1", "admin2", "admin3",
            "location", "latitude", "longitude", "geo_precision", "geonameid", "fatalities", "fatalities_low",
            "fatalities_high", "tags", "notes", "evidence", "confidence", "language", "source", "source_url",
            "created_at", "updated_at");

    static final String SELECT = "SELECT " + String.join(", ", COLUMNS) + " FROM events";

    /** {@link #SELECT} with the row id first and the reviewers' status last. */
    static final String SELECT_WITH_ROW = "SELECT id, " + String.join(", ", COLUMNS) + ", status FROM events";

    /** The row id and the columns {@link SameOccurrence} compares, for {@link #readForMatching}. */
    static final String SELECT_FOR_MATCHING = "SELECT id, event_id, event_date, time_precision, sub_event_type,"
            + " actor1, actor2, inter1, inter2, country, iso3, admin1, latitude, longitude FROM events";

    /** Rewrites every column but {@code created_at}; its last parameter is the row id. */
    private static final String UPDATE = "UPDATE events SET " + String.join(", ",
            COLUMNS.stream().filter(c -> !c.equals("created_at")).map(c -> c + " = ?").toList()) + " WHERE id = ?";

    private static final String INSERT = "INSERT INTO events (" + String.join(", ", COLUMNS) + ") VALUES ("
            + String.join(", ", COLUMNS.stream().map(c -> "?").toList()) + ")";

    /** ACLED's separator inside one cell (assoc_actor_1, tags). */
    private static final String LIST_SEPARATOR = "; ";

    private EventRows() {
    }

    /** Inserts {@code e}, whose id is already its store id, and returns the row id. */
    static long insert(Connection c, Event e, OffsetDateTime now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            int i = bind(s, e);
            s.setObject(++i, now);
            s.setObject(++i, now);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Rewrites the row {@code row} with {@code e}, keeping its creation time. */
    static void update(Connection c, long row, Event e, OffsetDateTime now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(UPDATE)) {
            int i = bind(s, e);
            s.setObject(++i, now);
            s.setLong(++i, row);
            s.executeUpdate();
        }
    }

    /** Sets the parameters of every column up to {@code source_url} and returns the last index set. */
    private static int bind(PreparedStatement s, Event e) throws SQLException {
        Place p = e.place();
        int i = 0;
        s.setString(++i, e.eventId());
        s.setString(++i, nz(e.articleId()));
        s.setObject(++i, e.date().date());
        s.setInt(++i, e.date().precision().code());
        s.setString(++i, e.type().label());
        s.setString(++i, e.subType().label());
        s.setString(++i, e.type().disorder().label());
        s.setString(++i, e.actor1().name());
        s.setString(++i, e.actor2().name());
        s.setString(++i, String.join(LIST_SEPARATOR, e.actor1().associated()));
        s.setString(++i, String.join(LIST_SEPARATOR, e.actor2().associated()));
        s.setInt(++i, e.actor1().type().code());
        s.setInt(++i, e.actor2().type().code());
        s.setInt(++i, e.interaction());
        s.setString(++i, e.civilianTargeting() ? "Civilian targeting" : "");
        s.setString(++i, p.country());
        s.setString(++i, p.iso3());
        s.setString(++i, p.admin1());
        s.setString(++i, p.admin2());
        s.setString(++i, p.admin3());
        s.setString(++i, p.location());
        setDouble(s, ++i, p.latitude());
        setDouble(s, ++i, p.longitude());
        s.setInt(++i, p.precision().code());
        if (p.geonameid() == null) s.setNull(++i, Types.BIGINT); else s.setLong(++i, p.geonameid());
        s.setInt(++i, e.fatalities().best());
        s.setInt(++i, e.fatalities().low());
        s.setInt(++i, e.fatalities().high());
        s.setString(++i, String.join(LIST_SEPARATOR, e.tags()));
        s.setString(++i, nz(e.notes()));
        s.setString(++i, EvidenceJson.write(e.evidence()));
        s.setDouble(++i, e.confidence());
        s.setString(++i, nz(e.language()));
        s.setString(++i, nz(e.source()));
        s.setString(++i, nz(e.sourceUrl()));
        return i;
    }

    /** Returns the event on the current row of {@code r}, a result of {@link #SELECT}. */
    static Event read(ResultSet r) throws SQLException {
        EventDate date = new EventDate(r.getObject("event_date", LocalDate.class),
                byCode(TimePrecision.values(), r.getInt("time_precision"), TimePrecision::code));
        Actor actor1 = new Actor(r.getString("actor1"), ActorType.fromCode(r.getInt("inter1")),
                list(r.getString("assoc_actor_1")));
        Actor actor2 = new Actor(r.getString("actor2"), ActorType.fromCode(r.getInt("inter2")),
                list(r.getString("assoc_actor_2")));
        long geonameid = r.getLong("geonameid");
        Long geoname = r.wasNull() ? null : geonameid;
        Place place = new Place(r.getString("country"), r.getString("iso3"), r.getString("admin1"),
                r.getString("admin2"), r.getString("admin3"), r.getString("location"), getDouble(r, "latitude"),
                getDouble(r, "longitude"),
                byCode(GeoPrecision.values(), r.getInt("geo_precision"), GeoPrecision::code), geoname);
        Fatalities fatalities = new Fatalities(r.getInt("fatalities"), r.getInt("fatalities_low"),
                r.getInt("fatalities_high"));
        return new Event(r.getString("event_id"), r.getString("article_id"), date,
                SubEventType.fromLabel(r.getString("sub_event_type")), actor1, actor2,
                !r.getString("civilian_targeting").isEmpty(), place, fatalities, list(r.getString("tags")),
                r.getString("notes"), EvidenceJson.read(r.getString("evidence")), r.getDouble("confidence"),
                r.getString("language"), r.getString("source"), r.getString("source_url"));
    }

    /**
     * Returns the event on the current row of a {@link #SELECT_FOR_MATCHING} result with only what
     * {@link SameOccurrence} compares filled in (no notes, evidence or associated actors): reading a
     * merge candidate need not parse its evidence.
     */
    static Event readForMatching(ResultSet r) throws SQLException {
        EventDate date = new EventDate(r.getObject("event_date", LocalDate.class),
                byCode(TimePrecision.values(), r.getInt("time_precision"), TimePrecision::code));
        Place place = new Place(r.getString("country"), r.getString("iso3"), r.getString("admin1"), "", "", "",
                getDouble(r, "latitude"), getDouble(r, "longitude"), GeoPrecision.values()[0], null);
        return new Event(r.getString("event_id"), "", date, SubEventType.fromLabel(r.getString("sub_event_type")),
                new Actor(r.getString("actor1"), ActorType.fromCode(r.getInt("inter1"))),
                new Actor(r.getString("actor2"), ActorType.fromCode(r.getInt("inter2"))), false, place,
                Fatalities.NONE, List.of(), "", List.of(), 0, "", "", "");
    }

    /** Returns the items of one list cell ("a; b"), none for an empty cell. */
    static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.asList(cell.split(LIST_SEPARATOR, -1));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void setDouble(PreparedStatement s, int i, Double v) throws SQLException {
        if (v == null) s.setNull(i, Types.DOUBLE); else s.setDouble(i, v);
    }

    private static Double getDouble(ResultSet r, String column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }

    /** Returns the value among {@code values} whose code is {@code code}; throws IllegalArgumentException when none is. */
    static <T> T byCode(T[] values, int code, java.util.function.ToIntFunction<T> codeOf) {
        for (T v : values) {
            if (codeOf.applyAsInt(v) == code) return v;
        }
        throw new IllegalArgumentException("unknown precision code in the store: " + code);
    }
}
