package org.sitrep.server;

import org.sitrep.store.Account;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reviewers' logins, kept in this server's memory: each has a random id (the cookie's value), the
 * account, and a CSRF token of its own for the forms it is shown. A session ends at logout, after
 * {@link #MAX_AGE}, or after {@link #MAX_IDLE} without a request; a restart ends them all.
 */
final class Sessions {
    /** OWASP's session guidance: an absolute limit of a working day, an idle limit of an hour or less. */
    static final Duration MAX_AGE = Duration.ofHours(8);
    static final Duration MAX_IDLE = Duration.ofHours(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** One login. {@code lastSeen} moves with each request; the rest never changes. */
    static final class Session {
        private final String id;
        private final Account account;
        private final Instant created;
        private final String csrf;
        private volatile Instant lastSeen;

        private Session(String id, Account account, Instant created, String csrf) {
            this.id = id;
            this.account = account;
            this.created = created;
            this.csrf = csrf;
            this.lastSeen = created;
        }

        String id() {
            return id;
        }

        Account account() {
            return account;
        }

        /** The token this session's forms carry. */
        String csrf() {
            return csrf;
        }

        /** Whether {@code given} is this session's token, compared in constant time. */
        boolean csrfMatches(String given) {
            return given != null && MessageDigest.isEqual(csrf.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    given.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    private final Map<String, Session> open = new ConcurrentHashMap<>();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
    }

    /** Starts a session for {@code account} and returns it. */
    Session open(Account account) {
        Instant now = clock.instant();
        forgetExpired(now);
        Session s = new Session(random(), account, now, random());
        open.put(s.id(), s);
        return s;
    }

    /** Returns the live session {@code id} and marks it seen now; empty for an unknown, ended or expired one. */
    Optional<Session> find(String id) {
        if (id == null || id.isEmpty()) return Optional.empty();
        Session s = open.get(id);
        if (s == null) return Optional.empty();
        Instant now = clock.instant();
        if (expired(s, now)) {
            open.remove(id);
            return Optional.empty();
        }
        s.lastSeen = now;
        return Optional.of(s);
    }

    /** Ends the session {@code id}, if there is one. */
    void close(String id) {
        if (id != null) open.remove(id);
    }

    private void forgetExpired(Instant now) {
        open.values().removeIf(s -> expired(s, now));
    }

    private static boolean expired(Session s, Instant now) {
        return !now.isBefore(s.created.plus(MAX_AGE)) || !now.isBefore(s.lastSeen.plus(MAX_IDLE));
    }

    /** 32 random bytes, URL-safe Base64. */
    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
