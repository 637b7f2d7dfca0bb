package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The fingerprint that makes two copies of one article the same article. */
final class ContentHash {
    private ContentHash() {
    }

    /**
     * Returns SHA-256 of {@code body} in lower-case hex, after folding every run of whitespace to
     * one space and trimming, so a copy that differs only in line breaks is the same article.
     */
    static String of(String body) {
        String folded = body.strip().replaceAll("\\s+", " ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
