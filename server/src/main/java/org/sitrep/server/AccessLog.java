package org.sitrep.server;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The server's request log: one line per request, appended to a file and flushed at once, as
 * {@code 2026-11-26T17:02:03.123Z POST /events/NER-000001/replies 303 12.4}. It holds the
 * method, the path, the status and the milliseconds, and never a body, a query string, a cookie or
 * any other header, so what people type into forms (a replier's email) stays out of it.
 */
final class AccessLog implements AutoCloseable {
    private final Writer out;

    private AccessLog(Writer out) {
        this.out = out;
    }

    /**
     * Opens {@code file} for appending, creating it when it is missing.
     *
     * @throws IllegalStateException naming the file, when it cannot be opened
     */
    static AccessLog open(Path file) {
        try {
            return new AccessLog(new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the access log " + file + ": " + e.getMessage(), e);
        }
    }

    /** Appends the line of one answered request; a full disk loses the line, not the answer. */
    synchronized void record(String method, String path, int status, float millis) {
        try {
            out.write(String.format(Locale.ROOT, "%s %s %s %d %.1f%n", Instant.now().truncatedTo(ChronoUnit.MILLIS), method,
                    path.replaceAll("[\\s\\p{Cntrl}]", "_"), status, millis));
            out.flush();
        } catch (IOException e) {
            System.err.println("sitrep server: cannot write the access log: " + e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
