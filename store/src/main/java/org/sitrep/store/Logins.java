package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Reviewers' logins in the store: each is known by a random id (the session cookie's value), of which
 * only the SHA-256 is kept, and carries the token its forms must send back. How long a login lasts
 * is the server's rule; this class keeps the times it needs to apply it.
 */
public final class Logins {
    private final EventStore store;

    public Logins(EventStore store) {
        this.store = store;
    }

    /**
     * One login.
     *
     * @param id       the session's id, as the cookie carries it
     * @param account  who logged in
     * @param csrf     the token the session's forms carry
     * @param created  when the login was made
     * @param lastSeen when a request last came with it
     */
    public record Login(String id, Account account, String csrf, OffsetDateTime created, OffsetDateTime lastSeen) {
        /** Keeps the id and the token out of logs. */
        @Override
        public String toString() {
            return "Login[account=" + account.name() + ", created=" + created + ", lastSeen=" + lastSeen + "]";
        }
    }

    /** Stores the login {@code id} of {@code account}, made {@code at}, whose forms carry {@code csrf}. */
    public Login open(String id, Account account, String csrf, OffsetDateTime at) {
        OffsetDateTime when = at.truncatedTo(ChronoUnit.MICROS);
        store.inTransaction("store a login of " + account.name(), c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO sessions (id_hash, account_id, csrf, created_at, last_seen) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, Accounts.sha256(id));
                s.setLong(2, account.id());
                s.setString(3, csrf);
                s.setObject(4, when);
                s.setObject(5, when);
                s.executeUpdate();
            }
            return null;
        });
        return new Login(id, account, csrf, when, when);
    }

    /** Returns the stored login {@code id}, or empty. */
    public Optional<Login> find(String id) {
        return store.inTransaction("read a login", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT a.id, a.name, a.role, s.csrf, s.created_at, s.last_seen"
                    + " FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.id_hash = ?")) {
                s.setString(1, Accounts.sha256(id));
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) return Optional.<Login>empty();
                    return Optional.of(new Login(id, new Account(r.getLong(1), r.getString(2), Role.fromLabel(r.getString(3))),
                            r.getString(4), r.getObject(5, OffsetDateTime.class), r.getObject(6, OffsetDateTime.class)));
                }
            }
        });
    }

    /** Records that a request came with the login {@code id} {@code at}. */
    public void seen(String id, OffsetDateTime at) {
        update("UPDATE sessions SET last_seen = ? WHERE id_hash = ?", at.truncatedTo(ChronoUnit.MICROS), Accounts.sha256(id));
    }

    /** Forgets the login {@code id} (a logout). */
    public void close(String id) {
        update("DELETE FROM sessions WHERE id_hash = ?", Accounts.sha256(id));
    }

    /** Forgets every login made before {@code createdBefore} or not seen since {@code seenBefore}. */
    public void closeExpired(OffsetDateTime createdBefore, OffsetDateTime seenBefore) {
        update("DELETE FROM sessions WHERE created_at < ? OR last_seen < ?", createdBefore, seenBefore);
    }

    private void update(String sql, Object... values) {
        store.inTransaction("update the logins", c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) s.setObject(i + 1, values[i]);
                return s.executeUpdate();
            }
        });
    }
}
