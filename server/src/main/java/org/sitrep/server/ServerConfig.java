package org.sitrep.server;

/**
 * How an {@link ApiServer} listens and what it accepts.
 *
 * @param port         the TCP port, or 0 for any free one
 * @param apiToken     the bearer token that {@code POST /api/articles} requires; null or blank
 *                     turns posting off (every POST is then refused with 403)
 * @param maxBodyBytes the largest request body accepted; a larger one is answered with 413
 * @param cachedPages  how many recent pages of {@code GET /api/events} are kept ready (0: none); a
 *                     kept page is answered again until the store is written to or 30 s pass
 * @param accessLog    a file that gets a line per request (time, method, path, status, milliseconds;
 *                     never a body, a query string or a header), or null for none
 */
public record ServerConfig(int port, String apiToken, long maxBodyBytes, int cachedPages, java.nio.file.Path accessLog) {
    /** The body limit when the caller names none: 10 MiB, more than any news article needs. */
    public static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;
    /** Pages kept when the caller names no number (and never more than about 64 MB of them). */
    public static final int DEFAULT_CACHED_PAGES = 2048;

    /** @throws IllegalArgumentException when the port is not 0 to 65535 or the body limit is not positive */
    public ServerConfig {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0 to 65535: " + port);
        if (maxBodyBytes < 1) throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        if (cachedPages < 0) throw new IllegalArgumentException("cachedPages must be 0 or more: " + cachedPages);
    }

    /** A configuration without an access log. */
    public ServerConfig(int port, String apiToken, long maxBodyBytes, int cachedPages) {
        this(port, apiToken, maxBodyBytes, cachedPages, null);
    }

    /** This configuration with its access log written to {@code file}. */
    public ServerConfig withAccessLog(java.nio.file.Path file) {
        return new ServerConfig(port, apiToken, maxBodyBytes, cachedPages, file);
    }

    /** A configuration with the default page cache. */
    public ServerConfig(int port, String apiToken, long maxBodyBytes) {
        this(port, apiToken, maxBodyBytes, DEFAULT_CACHED_PAGES);
    }

    /** A configuration with the default body limit. */
    public ServerConfig(int port, String apiToken) {
        this(port, apiToken, DEFAULT_MAX_BODY);
    }

    /** Returns whether POST requests can be accepted at all. */
    boolean acceptsArticles() {
        return apiToken != null && !apiToken.isBlank();
    }

    /** Keeps the token out of logs and stack traces. */
    @Override
    public String toString() {
        return "ServerConfig[port=" + port + ", apiToken=" + (acceptsArticles() ? "***" : "none")
                + ", maxBodyBytes=" + maxBodyBytes + ", cachedPages=" + cachedPages + ", accessLog=" + accessLog + "]";
    }
}
