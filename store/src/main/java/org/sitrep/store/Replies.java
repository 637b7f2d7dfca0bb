package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The public reply threads under event and article pages, in the store's database. A first-time
 * replier is held for moderation; once one of their replies is approved, their later replies (same
 * email, in any case) are published at once.
 */
public final class Replies {
    /** What a reply may answer. */
    public static final Set<String> KINDS = Set.of("event", "article");

    private static final String COLUMNS =
            "id, target_kind, target_id, parent_id, name, website, comment_html, status, created_at";

    private final EventStore store;

    /** Replies kept in {@code store}'s database; the store stays the caller's to close. */
    public Replies(EventStore store) {
        this.store = store;
    }

    /**
     * Stores {@code r} and returns it as stored: approved when an earlier reply with the same email
     * (compared case-insensitively) is approved, held otherwise.
     *
     * @throws IllegalArgumentException when its kind is neither event nor article, or its parent
     *                                  is not a reply of the same thread
     */
    public Reply add(NewReply r) {
        checkKind(r.targetKind());
        return store.inWriteTransaction("store a reply to " + r.targetKind() + " " + r.targetId(), c -> {
            if (r.parentId() != null) checkParent(c, r);
            Reply.Status status = knownAuthor(c, r.email()) ? Reply.Status.APPROVED : Reply.Status.HELD;
            OffsetDateTime now = now();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO replies (target_kind, target_id, parent_id, name,"
                    + " email, website, comment_html, status, ip_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, r.targetKind());
                s.setString(2, r.targetId());
                s.setObject(3, r.parentId());
                s.setString(4, r.name());
                s.setString(5, r.email());
                s.setString(6, r.website());
                s.setString(7, r.commentHtml());
                s.setString(8, status.spelling());
                s.setString(9, r.ipHash());
                s.setObject(10, now);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return new Reply(keys.getLong(1), r.targetKind(), r.targetId(), r.parentId(), r.name(), r.website(),
                            r.commentHtml(), status, now);
                }
            }
        });
    }

    /**
     * Returns the approved replies to {@code targetId} of {@code kind}, oldest first: a reply always
     * comes after the reply it answers, so a page can nest them in one pass.
     */
    public List<Reply> thread(String kind, String targetId) {
        checkKind(kind);
        return store.inTransaction("read the replies to " + kind + " " + targetId, c -> list(c,
                "SELECT " + COLUMNS + " FROM replies WHERE target_kind = ? AND target_id = ? AND status = ? ORDER BY id",
                kind, targetId, Reply.Status.APPROVED.spelling()));
    }

    /** Returns every reply waiting for moderation, oldest first. */
    public List<Reply> held() {
        return store.inTransaction("read the held replies", c -> list(c,
                "SELECT " + COLUMNS + " FROM replies WHERE status = ? ORDER BY id", Reply.Status.HELD.spelling()));
    }

    /** Publishes the reply {@code id}; returns false when there is no such reply. */
    public boolean approve(long id) {
        return setStatus(id, Reply.Status.APPROVED);
    }

    /** Hides the reply {@code id} for good (the row stays, for moderation); returns false when there is no such reply. */
    public boolean delete(long id) {
        return setStatus(id, Reply.Status.DELETED);
    }

    /** Returns how many replies, in any status, came from {@code ipHash} within the last {@code window}. */
    public int recentFromIp(String ipHash, Duration window) {
        OffsetDateTime since = now().minus(window);
        return store.inTransaction("count recent replies", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COUNT(*) FROM replies WHERE ip_hash = ? AND created_at >= ?")) {
                s.setString(1, ipHash);
                s.setObject(2, since);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        });
    }

    private boolean setStatus(long id, Reply.Status status) {
        return store.inWriteTransaction(status.spelling() + " reply " + id, c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE replies SET status = ? WHERE id = ?")) {
                s.setString(1, status.spelling());
                s.setLong(2, id);
                return s.executeUpdate() == 1;
            }
        });
    }

    private static boolean knownAuthor(Connection c, String email) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM replies WHERE LOWER(email) = ? AND status = ? FETCH FIRST 1 ROWS ONLY")) {
            s.setString(1, email.strip().toLowerCase(Locale.ROOT));
            s.setString(2, Reply.Status.APPROVED.spelling());
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private static void checkParent(Connection c, NewReply r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM replies WHERE id = ? AND target_kind = ? AND target_id = ? AND status <> ?")) {
            s.setLong(1, r.parentId());
            s.setString(2, r.targetKind());
            s.setString(3, r.targetId());
            s.setString(4, Reply.Status.DELETED.spelling());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("reply " + r.parentId() + " is not in the thread of "
                            + r.targetKind() + " " + r.targetId());
                }
            }
        }
    }

    private static List<Reply> list(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) s.setString(i + 1, values[i]);
            try (ResultSet r = s.executeQuery()) {
                List<Reply> out = new ArrayList<>();
                while (r.next()) {
                    long parent = r.getLong("parent_id");
                    Long parentId = r.wasNull() ? null : parent;
                    out.add(new Reply(r.getLong("id"), r.getString("target_kind"), r.getString("target_id"), parentId, r.getString("name"), r.getString("website"),
                            r.getString("comment_html"), Reply.Status.of(r.getString("status")),
                            r.getObject("created_at", OffsetDateTime.class)));
                }
                return out;
            }
        }
    }

    private static void checkKind(String kind) {
        if (!KINDS.contains(kind)) throw new IllegalArgumentException("replies answer an event or an article, not '" + kind + "'");
    }

    /** Now, to the microsecond both databases keep. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
