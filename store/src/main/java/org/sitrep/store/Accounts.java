package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reviewers' and admins' accounts in the store: passwords kept as Argon2id hashes, accounts locked
 * for a while after repeated failed logins, and API tokens for machines, kept as SHA-256 hashes.
 */
public final class Accounts {
    /** Failed logins in a row that lock an account. */
    public static final int MAX_FAILURES = 5;
    /** How long a locked account stays locked. */
    public static final Duration LOCK = Duration.ofMinutes(15);
    /** The shortest password accepted (NIST SP 800-63B asks for at least 8; reviewers' powers ask for more). */
    public static final int MIN_PASSWORD = 12;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Hashed when a login names no account, so that the answer takes as long as for a real one. */
    private static final String DUMMY_HASH = PasswordHash.of("not a password of anyone".toCharArray());

    private final EventStore store;

    public Accounts(EventStore store) {
        this.store = store;
    }

    /**
     * Adds an account and returns it.
     *
     * @throws IllegalArgumentException when the name is not 1-100 letters, digits or {@code ._@-},
     *                                  or the password is shorter than {@value #MIN_PASSWORD}
     * @throws StoreException           when the name is taken (or the store fails)
     */
    public Account add(String name, Role role, char[] password) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a name is 1 to 100 letters, digits or . _ @ -, starting with a letter or digit");
        }
        if (password == null || password.length < MIN_PASSWORD) {
            throw new IllegalArgumentException("a password has at least " + MIN_PASSWORD + " characters");
        }
        String hash = PasswordHash.of(password);
        return store.inWriteTransaction("add account " + name, c -> {
            if (find(c, name).isPresent()) throw new SQLException("there is already an account named " + name);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO accounts (name, role, password_hash, failed_logins,"
                    + " created_at) VALUES (?, ?, ?, 0, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, name);
                s.setString(2, role.label());
                s.setString(3, hash);
                s.setObject(4, now());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return new Account(keys.getLong(1), name, role);
                }
            }
        });
    }

    /**
     * Returns the account when {@code password} is its password and it is not locked; counts a
     * failure otherwise, and locks the account for {@link #LOCK} after {@value #MAX_FAILURES} in a row.
     * A success resets the count. Empty for an unknown name, a wrong password or a locked account.
     */
    public Optional<Account> login(String name, char[] password) {
        Optional<Stored> stored = store.inTransaction("read account " + name, c -> find(c, name));
        if (stored.isEmpty()) {
            PasswordHash.matches(password, DUMMY_HASH);
            return Optional.empty();
        }
        Stored s = stored.get();
        OffsetDateTime now = now();
        if (s.lockedUntil() != null && s.lockedUntil().isAfter(now)) return Optional.empty();
        boolean right = PasswordHash.matches(password, s.passwordHash());
        store.inWriteTransaction("record a login of " + name, c -> {
            try (PreparedStatement u = c.prepareStatement(right
                    ? "UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE id = ?"
                    : "UPDATE accounts SET failed_logins = failed_logins + 1, locked_until = CASE WHEN failed_logins + 1 >= ?"
                    + " THEN ? ELSE locked_until END WHERE id = ?")) {
                if (right) {
                    u.setLong(1, s.account().id());
                } else {
                    u.setInt(1, MAX_FAILURES);
                    u.setObject(2, now.plus(LOCK));
                    u.setLong(3, s.account().id());
                }
                u.executeUpdate();
            }
            return null;
        });
        return right ? Optional.of(s.account()) : Optional.empty();
    }

    /** Returns whether the account {@code name} is locked now after failed logins. */
    public boolean isLocked(String name) {
        return store.inTransaction("read account " + name, c -> find(c, name))
                .map(s -> s.lockedUntil() != null && s.lockedUntil().isAfter(now())).orElse(false);
    }

    /**
     * Lifts the lock of the account {@code name} after failed logins (an admin's power).
     *
     * @throws StoreException when there is no such account
     */
    public void unlock(String name) {
        change(name, "UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE id = ?");
    }

    /**
     * Gives the account {@code name} the role {@code role} (an admin's power).
     *
     * @throws StoreException when there is no such account
     */
    public void setRole(String name, Role role) {
        change(name, "UPDATE accounts SET role = '" + role.label() + "' WHERE id = ?");
    }

    /**
     * Ends every login of the account {@code name} and withdraws its API tokens, for a lost laptop
     * or a leaked token (an admin's power); the password stays, so its owner can log in again.
     * Returns how many tokens were withdrawn.
     *
     * @throws StoreException when there is no such account
     */
    public int revokeAccess(String name) {
        return store.inWriteTransaction("withdraw the access of " + name, c -> {
            long id = find(c, name).orElseThrow(() -> new SQLException("there is no account named " + name)).account().id();
            try (PreparedStatement sessions = c.prepareStatement("DELETE FROM sessions WHERE account_id = ?");
                 PreparedStatement tokens = c.prepareStatement("DELETE FROM api_tokens WHERE account_id = ?")) {
                sessions.setLong(1, id);
                sessions.executeUpdate();
                tokens.setLong(1, id);
                return tokens.executeUpdate();
            }
        });
    }

    /** Returns how many API tokens the account {@code name} has. */
    public int apiTokens(String name) {
        return store.inTransaction("count the tokens of " + name, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COUNT(*) FROM api_tokens t JOIN accounts a ON a.id = t.account_id WHERE a.name = ?")) {
                s.setString(1, name);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        });
    }

    private void change(String name, String sqlById) {
        store.inWriteTransaction("change account " + name, c -> {
            long id = find(c, name).orElseThrow(() -> new SQLException("there is no account named " + name)).account().id();
            try (PreparedStatement s = c.prepareStatement(sqlById)) {
                s.setLong(1, id);
                return s.executeUpdate();
            }
        });
    }

    /** Returns the account named {@code name}, or empty. */
    public Optional<Account> byName(String name) {
        return store.inTransaction("read account " + name, c -> find(c, name)).map(Stored::account);
    }

    /** Returns every account, by name. */
    public List<Account> all() {
        return store.inTransaction("list accounts", c -> {
            List<Account> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, name, role FROM accounts ORDER BY name");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) out.add(new Account(r.getLong(1), r.getString(2), Role.fromLabel(r.getString(3))));
            }
            return out;
        });
    }

    /**
     * Makes a new API token for the account {@code name} and returns it: the only time it is seen,
     * since the store keeps only its SHA-256.
     *
     * @throws StoreException when there is no such account
     */
    public String newApiToken(String name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "sitrep_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.inWriteTransaction("make a token for " + name, c -> {
            Stored s = find(c, name).orElseThrow(() -> new SQLException("there is no account named " + name));
            try (PreparedStatement i = c.prepareStatement(
                    "INSERT INTO api_tokens (account_id, token_hash, created_at) VALUES (?, ?, ?)")) {
                i.setLong(1, s.account().id());
                i.setString(2, sha256(token));
                i.setObject(3, now());
                i.executeUpdate();
            }
            return null;
        });
        return token;
    }

    /** Returns the account an API token was made for, or empty for an unknown token. */
    public Optional<Account> byApiToken(String token) {
        if (token == null || token.isBlank()) return Optional.empty();
        String hash = sha256(token.strip());
        return store.inTransaction("look up a token", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT a.id, a.name, a.role FROM api_tokens t"
                    + " JOIN accounts a ON a.id = t.account_id WHERE t.token_hash = ?")) {
                s.setString(1, hash);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new Account(r.getLong(1), r.getString(2), Role.fromLabel(r.getString(3))))
                            : Optional.<Account>empty();
                }
            }
        });
    }

    private record Stored(Account account, String passwordHash, OffsetDateTime lockedUntil) {
    }

    private static Optional<Stored> find(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, name, role, password_hash, locked_until FROM accounts WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) return Optional.empty();
                return Optional.of(new Stored(new Account(r.getLong(1), r.getString(2), Role.fromLabel(r.getString(3))),
                        r.getString(4), r.getObject(5, OffsetDateTime.class)));
            }
        }
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
