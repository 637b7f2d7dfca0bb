package org.sitrep.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The check that lets a client write to the store: an {@code Authorization: Bearer <token>}
 * header with the server's API token.
 */
final class BearerToken {
    private static final String SCHEME = "bearer ";

    /** The SHA-256 of the token, or null when the server has none and accepts no writes. */
    private final byte[] expected;

    /** @param token the token clients must send; null or blank refuses every client */
    BearerToken(String token) {
        this.expected = token == null || token.isBlank() ? null : sha256(token);
    }

    /**
     * Returns normally when {@code authorization} carries the token.
     *
     * @param authorization the request's Authorization header, or null
     * @throws ApiError 401 when the header is missing or not a bearer token, 403 when the token is
     *                  wrong or the server takes no writes
     */
    void check(String authorization) {
        if (expected == null) {
            throw new ApiError(403, "This server was started without an API token, so it accepts no articles.", null);
        }
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            throw new ApiError(401, "This route needs an 'Authorization: Bearer <token>' header.", null);
        }
        String given = authorization.substring(SCHEME.length()).strip();
        // Digests of equal length, compared in constant time: the answer's timing tells nothing of the token.
        if (!MessageDigest.isEqual(sha256(given), expected)) {
            throw new ApiError(403, "The API token is wrong.", null);
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
