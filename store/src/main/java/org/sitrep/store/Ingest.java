package org.sitrep.store;

import org.sitrep.model.Article;
import org.sitrep.model.Event;

import java.util.List;
import java.util.function.Function;

/**
 * Read articles into the store: an article already stored (same URL or same content) is not coded
 * again; a new one is coded and stored with its events in one transaction, merged with the events
 * other articles reported. Safe to call from several threads: coding runs side by side, storing one
 * at a time.
 */
public final class Ingest {
    private final EventStore store;
    private final Function<Article, List<Event>> coder;

    /**
     * @param store where articles and events go
     * @param coder codes one article into its events (the extractor's {@code extract})
     */
    public Ingest(EventStore store, Function<Article, List<Event>> coder) {
        this.store = store;
        this.coder = coder;
    }

    /**
     * Stores {@code article} and its events unless it is stored already, and returns what was done.
     *
     * @throws StoreException when the store fails; nothing of this article is then stored
     */
    public EventStore.Report add(Article article) {
        if (isKnown(article)) return store.addReport(article, List.of());
        return store.addReport(article, coder.apply(article));
    }

    /** Returns {@code article} with its events coded, to be stored by {@link EventStore#addReports}. */
    public EventStore.Reported code(Article article) {
        return new EventStore.Reported(article, coder.apply(article));
    }

    /** Returns whether an article with this one's URL or content is stored already. */
    public boolean isKnown(Article article) {
        return store.articleByUrlOrHash(article.url(), EventStore.contentHash(article.body())).isPresent();
    }

    /** Returns whether an article was stored from {@code url}, so a feed need not fetch it again. */
    public boolean isKnownUrl(String url) {
        return store.articleByUrlOrHash(url, "").isPresent();
    }

    /** The store articles go to. */
    public EventStore store() {
        return store;
    }
}
