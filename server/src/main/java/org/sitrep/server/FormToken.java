package org.sitrep.server;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * The anti-forgery token of a page's reply form: an HMAC-SHA256, under a secret drawn when the
 * server starts, of the page's path and the time the form was rendered. A form posted from another
 * site has none; a token is good for one page, for {@link #VALID} after it was issued, and for no
 * longer than the server runs (a restart draws a new secret, and forms rendered before must be
 * reloaded).
 */
final class FormToken {
    static final Duration VALID = Duration.ofHours(2);
    /** Clocks of one server agree; this only absorbs a second boundary. */
    private static final long SKEW_SECONDS = 60;

    private final byte[] secret;
    private final Clock clock;

    FormToken(Clock clock) {
        this.secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.clock = clock;
    }

    /** Returns a token for a form on {@code path}, issued now: {@code <epoch seconds>.<mac>}. */
    String issue(String path) {
        long now = clock.instant().getEpochSecond();
        return now + "." + mac(path, now);
    }

    /** Whether {@code token} was issued by this server for {@code path} within the last {@link #VALID}. */
    boolean check(String path, String token) {
        if (token == null) return false;
        int dot = token.indexOf('.');
        if (dot <= 0) return false;
        long issued;
        try {
            issued = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        long age = clock.instant().getEpochSecond() - issued;
        if (age < -SKEW_SECONDS || age > VALID.toSeconds()) return false;
        byte[] expected = mac(path, issued).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String path, long issued) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] sum = mac.doFinal((path + "\n" + issued).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sum);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
