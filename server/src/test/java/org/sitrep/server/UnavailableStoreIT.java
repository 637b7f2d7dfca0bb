package org.sitrep.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.article.ArticleReader;
import org.sitrep.store.EventStore;
import org.sitrep.store.Ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A server whose store has gone away: health says so, and failures reach stderr but not the client. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnavailableStoreIT {
    @TempDir
    static Path dataDir;

    private ApiServer server;
    private ApiClient api;

    @BeforeAll
    void startOnAClosedStore() {
        EventStore store = EventStore.open(null, dataDir);
        store.close();
        server = new ApiServer(store, new Ingest(store, ServerTestBase.NO_EVENTS), new ArticleReader(),
                new ServerConfig(0, ServerTestBase.TOKEN));
        api = new ApiClient(server.start());
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    /** An answer and what the server printed to stderr while giving it. */
    private record Captured(ApiClient.Reply reply, String stderr) {
        long count(String text) {
            return stderr.split(java.util.regex.Pattern.quote(text), -1).length - 1;
        }
    }

    private static Captured capture(Supplier<ApiClient.Reply> request) {
        PrintStream original = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            ApiClient.Reply reply = request.get();
            return new Captured(reply, stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    @Test
    void healthIs503Unavailable() {
        ApiClient.Reply r = capture(() -> api.get("/api/health")).reply();
        assertEquals(503, r.status());
        assertEquals("unavailable", r.json().get("status").asText());
        assertFalse(r.json().has("events"));
    }

    @Test
    void aFailureIsA500WithoutDetailsAndOneStackTraceOnStderr() {
        Captured c = capture(() -> api.get("/api/events"));
        assertEquals(500, c.reply().status());
        assertEquals("{\"error\":\"internal error\"}", c.reply().body());
        assertEquals(1, c.count("sitrep server: GET /api/events failed"), c.stderr());
        assertEquals(1, c.count("org.sitrep.store.StoreException: "), c.stderr());
        assertTrue(c.stderr().contains("\tat "), "with its stack trace: " + c.stderr());
    }

    @Test
    void aFailedExportIsAJson500NotATruncatedDownload() {
        ApiClient.Reply r = capture(() -> api.get("/api/events.csv")).reply();
        assertEquals(500, r.status());
        assertEquals("application/json", r.contentType().split(";")[0]);
        assertNull(r.header("Content-Disposition"));
        assertEquals("{\"error\":\"internal error\"}", r.body());
    }
}
