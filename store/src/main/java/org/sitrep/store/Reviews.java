package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.model.Event;
import org.sitrep.model.EventWriter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What reviewers do to stored events: set a field right ({@link #edit}), verify or reject
 * ({@link #setStatus}); every change is in the audit log, and corrections outlive later merges.
 */
public final class Reviews {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The audit log's field for a merge by hand: before is the event merged away, after the one kept. */
    static final String MERGE = "merge";

    private final EventStore store;

    public Reviews(EventStore store) {
        this.store = store;
    }

    /**
     * Sets {@code field} of the event {@code eventId} to {@code value}, as {@code who}, and returns
     * the event as it now is.
     *
     * @throws IllegalArgumentException naming the field, when it cannot be edited or the value does not fit the schema
     * @throws StoreException           when there is no such event
     */
    public Event edit(String eventId, String field, String value, Account who) {
        return store.inWriteTransaction("edit event " + eventId, c -> {
            Row row = row(c, eventId);
            Event edited = EventEdit.apply(row.event(), field, value);
            String before = valueOf(row.event(), field);
            String after = valueOf(edited, field);
            if (before.equals(after)) return row.event();
            OffsetDateTime now = now();
            EventRows.update(c, row.id(), edited, now);
            audit(c, who, eventId, field, before, after, now);
            return edited;
        });
    }

    /**
     * Sets the status of the event {@code eventId}, as {@code who}.
     *
     * @throws StoreException when there is no such event
     */
    public void setStatus(String eventId, EventStatus status, Account who) {
        store.inWriteTransaction("set the status of event " + eventId, c -> {
            EventStatus before = status(c, eventId);
            if (before == status) return null;
            try (PreparedStatement s = c.prepareStatement("UPDATE events SET status = ? WHERE event_id = ?")) {
                s.setString(1, status.label());
                s.setString(2, eventId);
                s.executeUpdate();
            }
            audit(c, who, eventId, "status", before.label(), status.label(), now());
            return null;
        });
    }

    /**
     * Merges the event {@code otherId} into the event {@code keepId}, as {@code who}: the kept event
     * gains the other's sources, replies and evidence, and the other's id leads to it from then on.
     * Both events' audit logs record the merge. Returns the kept event as it now is.
     *
     * @throws IllegalArgumentException when the two are one event, or were read from the same article
     * @throws StoreException           when either event does not exist
     */
    public Event merge(String keepId, String otherId, Account who) {
        return store.inWriteTransaction("merge event " + otherId + " into " + keepId, c -> {
            OffsetDateTime now = now();
            Event kept = EventStore.absorb(c, keepId, otherId, now);
            audit(c, who, keepId, MERGE, otherId, keepId, now);
            audit(c, who, otherId, MERGE, otherId, keepId, now);
            return kept;
        });
    }

    /** The fields {@link #edit} takes, in the schema's spelling and order. */
    public static List<String> editableFields() {
        return EventEdit.FIELDS;
    }

    /** Returns the status of the event {@code eventId}; throws StoreException when there is none. */
    public EventStatus status(String eventId) {
        return store.inTransaction("read the status of event " + eventId, c -> status(c, eventId));
    }

    /** Returns the changes people made to the event {@code eventId}, oldest first. */
    public List<AuditEntry> auditLog(String eventId) {
        return store.inTransaction("read the audit log of " + eventId, c -> entries(c, eventId));
    }

    /** Returns every change people made to events, oldest first, for an export. */
    public List<AuditEntry> auditLog() {
        return store.inTransaction("read the audit log", c -> entries(c, null));
    }

    /**
     * Returns {@code combined} with the latest correction of each field made to the event
     * {@code eventId}: what a merge calls after recombining an event from its sources.
     */
    static Event withCorrections(Connection c, String eventId, Event combined) throws SQLException {
        Event out = combined;
        for (AuditEntry e : entries(c, eventId)) {
            if (EventEdit.FIELDS.contains(e.field())) out = EventEdit.apply(out, e.field(), e.after());
        }
        return out;
    }

    private record Row(long id, Event event) {
    }

    private static Row row(Connection c, String eventId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(EventRows.SELECT_WITH_ROW + " WHERE event_id = ?")) {
            s.setString(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) throw new SQLException("there is no event " + eventId);
                return new Row(r.getLong("id"), EventRows.read(r));
            }
        }
    }

    private static EventStatus status(Connection c, String eventId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT status FROM events WHERE event_id = ?")) {
            s.setString(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) throw new SQLException("there is no event " + eventId);
                return EventStatus.fromLabel(r.getString(1));
            }
        }
    }

    private static List<AuditEntry> entries(Connection c, String eventId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT at, account, event_id, field, before_value, after_value"
                + " FROM audit_log" + (eventId == null ? "" : " WHERE event_id = ?") + " ORDER BY id")) {
            if (eventId != null) s.setString(1, eventId);
            List<AuditEntry> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new AuditEntry(r.getObject(1, OffsetDateTime.class), r.getString(2), r.getString(3),
                            r.getString(4), r.getString(5), r.getString(6)));
                }
            }
            return out;
        }
    }

    /** Records a change in the audit log and in the event's history, whose growth tells readers the events changed. */
    private static void audit(Connection c, Account who, String eventId, String field, String before, String after,
                              OffsetDateTime at) throws SQLException {
        // a merge's history rows are written by the merge itself, in its own words
        if (!field.equals(MERGE)) {
            EventStore.addHistory(c, eventId, field.equals("status") ? "status" : "edited",
                    JSON.createObjectNode().put("account", who.name()).put("field", field).put("before", before)
                            .put("after", after).toString(), at);
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_log (at, account, event_id, field, before_value,"
                + " after_value) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setObject(1, at);
            s.setString(2, who.name());
            s.setString(3, eventId);
            s.setString(4, field);
            s.setString(5, before);
            s.setString(6, after);
            s.executeUpdate();
        }
    }

    /** The field's value as the schema's JSON writes it, as text ("" for null). */
    private static String valueOf(Event e, String field) {
        try {
            JsonNode node = JSON.readTree(EventWriter.json(e, false)).get(field);
            return node == null || node.isNull() ? "" : node.asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException("the event writer wrote bad JSON", ex);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
