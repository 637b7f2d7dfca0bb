package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreTotals;

/**
 * The page cache answers a repeated question from memory, and never with events that have since
 * changed: a write to the store, by this server or beside it, makes the next answer fresh.
 */
class PageCacheIT extends ServerTestBase {
    @Override
    TestDatabase database(Path dataDir) {
        return TestDatabase.h2(dataDir);
    }

    @Override
    void fill(EventStore store) {
        Fixtures.fill(store);
    }

    @Test
    void aRepeatedPageComesFromTheCacheAndAWriteMakesItFresh() {
        int before = api.get("/api/events", "country", "Niger").json().get("total").asInt();
        assertEquals(before, api.get("/api/events", "country", "Niger").json().get("total").asInt());
        assertTrue(counter("sitrep_page_cache_hits_total") >= 1, "the second answer came from the cache");

        // an event stored beside the server (not through it), in Niger
        Fixtures.Report mali = Fixtures.reports().get(2);
        var moved = mali.events().get(0);
        var niger = new org.sitrep.model.Event(moved.eventId(), "", moved.date(), moved.subType(), moved.actor1(),
                moved.actor2(), false, new org.sitrep.model.Place("Niger", "NER", "Dosso", "", "", "Dosso", 13.05, 3.19,
                moved.place().precision(), null), moved.fatalities(), List.of(), "A clash near Dosso.", List.of(),
                0.8, "en", "Example News", "");
        store.addReport(new org.sitrep.model.Article("niger-dosso", "https://example.org/niger-dosso", "Dosso",
                java.time.LocalDate.of(2024, 7, 2), "en", "Example News", "A clash near Dosso, in Niger."), List.of(niger));

        assertEquals(before + 1, api.get("/api/events", "country", "Niger").json().get("total").asInt());
        StoreTotals totals = store.totals();
        assertEquals(totals.events(), api.get("/api/events").json().get("total").asInt());
    }

    private long counter(String name) {
        return api.get("/api/metrics").body().lines().filter(l -> l.startsWith(name + " "))
                .mapToLong(l -> Long.parseLong(l.substring(name.length() + 1))).findFirst().orElse(-1);
    }
}
