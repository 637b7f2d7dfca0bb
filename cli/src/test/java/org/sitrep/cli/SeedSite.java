package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.article.ArticleReader;
import org.sitrep.article.UnreadableArticleException;
import org.sitrep.extract.Extractor;
import org.sitrep.server.ApiServer;
import org.sitrep.server.ServerConfig;
import org.sitrep.store.EventStore;
import org.sitrep.store.Ingest;

/**
 * A real site for the browser tests: a store under {@code data} into which the founding example was
 * ingested with the real extractor, served on a free port once {@link #serve} is called.
 */
final class SeedSite implements AutoCloseable {
    final EventStore store;
    final Ingest ingest;
    final ArticleReader reader = new ArticleReader();
    private ApiServer server;

    SeedSite(Path data) {
        store = EventStore.open(null, data);
        ingest = new Ingest(store, Extractor.english()::extract);
        add(Path.of("..", "examples", "niger-tahoua-attack.txt").toString(), null);
    }

    /** Ingests the article at {@code source} (a file), or the text {@code text} under the id {@code source}. */
    void add(String source, String text) {
        try {
            ingest.add(text == null ? reader.read(source, null) : reader.fromText(source, text, null));
        } catch (UnreadableArticleException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the server and returns its address, such as {@code http://localhost:41234}. */
    String serve(String apiToken) {
        server = new ApiServer(store, ingest, reader, new ServerConfig(0, apiToken));
        return "http://localhost:" + server.start();
    }

    @Override
    public void close() {
        if (server != null) server.close();
        store.close();
    }
}
