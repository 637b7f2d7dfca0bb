package org.sitrep.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.article.ArticleReader;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.store.EventStore;
import org.sitrep.store.Ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A real server on a free port over a real store, one per test class: each subclass names its
 * database (H2 or PostgreSQL), what the store holds before the server starts, and how posted
 * articles are coded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerTestBase {
    static final String TOKEN = "test-token-4f1c";
    /** Small enough that an oversized body is cheap to send. */
    static final long MAX_BODY_BYTES = 64 * 1024;
    /** The coder for tests of HTTP mechanics: it finds no events in any article, and claims nothing else. */
    static final Function<Article, List<Event>> NO_EVENTS = article -> List.of();

    /** A new empty directory for each test class; static, since JUnit fills instance fields only per test. */
    @TempDir
    static Path dataDir;

    TestDatabase database;
    EventStore store;
    ApiServer server;
    int port;
    ApiClient api;

    /** Returns a fresh database; {@code dataDir} is an empty temporary directory. */
    abstract TestDatabase database(Path dataDir);

    /** Fills the store before the server starts; empty unless a subclass says otherwise. */
    void fill(EventStore store) {
    }

    /** How the server codes posted articles. */
    Function<Article, List<Event>> coder() {
        return NO_EVENTS;
    }

    @BeforeAll
    void startServer() {
        database = database(dataDir);
        store = database.open();
        fill(store);
        server = new ApiServer(store, new Ingest(store, coder()), new ArticleReader(),
                new ServerConfig(0, TOKEN, MAX_BODY_BYTES));
        port = server.start();
        api = new ApiClient(port);
    }

    @AfterAll
    void stopServer() {
        try (TestDatabase db = database; EventStore s = store; ApiServer a = server) {
            // closed in reverse order: server, store, database
        }
    }
}
