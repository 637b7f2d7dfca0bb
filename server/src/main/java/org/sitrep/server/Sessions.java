package org.sitrep.server;

import org.sitrep.store.Account;
import org.sitrep.store.Logins;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

/**
 * Reviewers' logins: each has a random id (the cookie's value), the account, and a CSRF token of its
 * own for the forms it is shown. They are kept in the store ({@link Logins}), so a restart logs no
 * one out. A session ends at logout, after {@link #MAX_AGE}, or after {@link #MAX_IDLE} without a
 * request.
 */
final class Sessions {
    /** OWASP's session guidance: an absolute limit of a working day, an idle limit of an hour or less. */
    static final Duration MAX_AGE = Duration.ofHours(8);
    static final Duration MAX_IDLE = Duration.ofHours(1);
    /** A request this soon after the last one seen is not written down: the idle limit needs no finer clock. */
    private static final Duration SEEN_STEP = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** One login. */
    static final class Session {
        private final Logins.Login login;

        private Session(Logins.Login login) {
            this.login = login;
        }

        String id() {
            return login.id();
        }

        Account account() {
            return login.account();
        }

        /** The token this session's forms carry. */
        String csrf() {
            return login.csrf();
        }

        /** Whether {@code given} is this session's token, compared in constant time. */
        boolean csrfMatches(String given) {
            return given != null && MessageDigest.isEqual(csrf().getBytes(StandardCharsets.US_ASCII),
                    given.getBytes(StandardCharsets.US_ASCII));
        }
    }

    private final Logins logins;
    private final Clock clock;

    Sessions(Logins logins, Clock clock) {
        this.logins = logins;
        this.clock = clock;
    }

    /** Starts a session for {@code account} and returns it. */
    Session open(Account account) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        logins.closeExpired(now.minus(MAX_AGE), now.minus(MAX_IDLE));
        return new Session(logins.open(random(), account, random(), now));
    }

    /** Returns the live session {@code id} and marks it seen now; empty for an unknown, ended or expired one. */
    Optional<Session> find(String id) {
        if (id == null || id.isEmpty() || id.length() > 100) return Optional.empty();
        Optional<Logins.Login> found = logins.find(id);
        if (found.isEmpty()) return Optional.empty();
        Logins.Login login = found.get();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!now.isBefore(login.created().plus(MAX_AGE)) || !now.isBefore(login.lastSeen().plus(MAX_IDLE))) {
            logins.close(id);
            return Optional.empty();
        }
        if (!now.isBefore(login.lastSeen().plus(SEEN_STEP))) logins.seen(id, now);
        return Optional.of(new Session(login));
    }

    /** Ends the session {@code id}, if there is one. */
    void close(String id) {
        if (id != null) logins.close(id);
    }

    /** 32 random bytes, URL-safe Base64. */
    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
