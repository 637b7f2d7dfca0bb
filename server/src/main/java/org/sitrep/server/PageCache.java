package org.sitrep.server;

import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * The answers to recent {@code GET /api/events} queries, as the JSON sent: a team looking at the
 * same map asks the same questions. An answer is reused only while the store's events have not
 * changed ({@link EventStore#version}, which sees other processes' writes too), and for at most
 * {@value #TTL_SECONDS} seconds.
 */
final class PageCache {
    private static final long TTL_SECONDS = 30;
    /** The most characters kept in all: about 64 MB, whatever the pages' sizes. */
    private static final long MAX_CHARS = 32L * 1024 * 1024;

    private record Page(String json, long version, long atNanos) {
    }

    private final EventStore store;
    private final int capacity;
    private final Map<EventQuery, Page> pages;
    private long chars;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    PageCache(EventStore store, int capacity) {
        this.store = store;
        this.capacity = capacity;
        this.pages = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<EventQuery, Page> eldest) {
                if (size() <= PageCache.this.capacity && chars <= MAX_CHARS) return false;
                chars -= eldest.getValue().json().length();
                return true;
            }
        };
    }

    /** Returns the kept answer to {@code query} when it is still good, else {@code answer}'s, which is then kept. */
    String get(EventQuery query, Function<EventQuery, String> answer) {
        if (capacity == 0) return answer.apply(query);
        long version = store.version();
        long now = System.nanoTime();
        Page kept;
        synchronized (pages) {
            kept = pages.get(query);
        }
        if (kept != null && kept.version() == version && now - kept.atNanos() < TimeUnit.SECONDS.toNanos(TTL_SECONDS)) {
            hits.increment();
            return kept.json();
        }
        misses.increment();
        String json = answer.apply(query);
        synchronized (pages) {
            Page old = pages.put(query, new Page(json, version, now));
            chars += json.length() - (old == null ? 0 : old.json().length());
        }
        return json;
    }

    /**
     * Drops every kept answer: for changes the store's version does not count (a reviewer's
     * correction or status), made by this server.
     */
    void forget() {
        synchronized (pages) {
            pages.clear();
            chars = 0;
        }
    }

    /** The cache's counters in Prometheus' text format. */
    String exposition() {
        return "# HELP sitrep_page_cache_hits_total Pages of GET /api/events answered from the cache.\n"
                + "# TYPE sitrep_page_cache_hits_total counter\n"
                + "sitrep_page_cache_hits_total " + hits.sum() + "\n"
                + "# HELP sitrep_page_cache_misses_total Pages of GET /api/events read from the store.\n"
                + "# TYPE sitrep_page_cache_misses_total counter\n"
                + "sitrep_page_cache_misses_total " + misses.sum() + "\n";
    }
}
