package org.sitrep.store;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store on a real database: H2 in {@link EventStoreOnH2IT}, PostgreSQL in {@link EventStoreOnPostgresIT}. */
abstract class EventStoreIT extends StoreTestBase {
    @Test
    void migrationsCreateTheSchema() throws SQLException {
        Set<String> tables = new HashSet<>();
        try (Connection c = database.connect();
             ResultSet r = c.getMetaData().getTables(null, database.schema(), "%", new String[] {"TABLE"})) {
            while (r.next()) tables.add(r.getString("TABLE_NAME").toLowerCase());
        }
        assertTrue(tables.containsAll(List.of("articles", "events", "event_sources", "event_history", "event_counters")),
                tables.toString());
    }

    @Test
    void reopeningAMigratedStoreKeepsItsRows() {
        long id = store.addArticle(Fixtures.article("https://example.org/niger")).id();
        reopen();
        assertEquals(id, store.articleByUrlOrHash("https://example.org/niger", "none").orElseThrow());
    }

    @Test
    void theSameUrlTwiceIsStoredOnce() {
        StoredArticle first = store.addArticle(Fixtures.article("https://example.org/niger"));
        StoredArticle second = store.addArticle(Fixtures.article("https://example.org/niger").withId("again"));
        assertEquals(first.id(), second.id());
        assertEquals("niger-tahoua", second.article().id());
        assertEquals(1, count("articles"));
    }

    @Test
    void theSameContentWithoutUrlIsStoredOnce() {
        StoredArticle first = store.addArticle(Fixtures.article(null));
        StoredArticle second = store.addArticle(Fixtures.article(null).withId("copy"));
        assertEquals(first.id(), second.id());
        assertEquals(1, count("articles"));
        assertEquals(first.id(), store.articleByUrlOrHash(null, EventStore.contentHash(Fixtures.BODY)).orElseThrow());
    }

    @Test
    void anArticleReadsBackAsItWasAdded() {
        StoredArticle stored = store.addArticle(Fixtures.article("https://example.org/niger"));
        assertEquals(stored, store.article(stored.id()).orElseThrow());
    }

    @Test
    void eventsRoundTripWithAllFields() {
        long article = store.addArticle(Fixtures.article("https://example.org/niger")).id();
        Event attack = Fixtures.tahouaAttack();
        Event protest = Fixtures.event("NER", "Niger");
        List<String> ids = store.addEvents(article, List.of(attack, protest));
        assertEquals(attack.withEventId(ids.get(0)), store.event(ids.get(0)).orElseThrow());
        assertEquals(protest.withEventId(ids.get(1)), store.event(ids.get(1)).orElseThrow());
    }

    @Test
    void eventIdsAreIso3AndASequencePerCountry() {
        long article = store.addArticle(Fixtures.article(null)).id();
        List<String> ids = new ArrayList<>(store.addEvents(article,
                List.of(Fixtures.tahouaAttack(), Fixtures.event("MLI", "Mali"), Fixtures.event("NER", "Niger"))));
        ids.addAll(store.addEvents(article, List.of(Fixtures.event("NER", "Niger"), Fixtures.event("", ""))));
        assertEquals(List.of("NER-000001", "MLI-000001", "NER-000002", "NER-000003", "XXX-000001"), ids);
    }

    @Test
    void eventsListLatestFirstAndPage() {
        long article = store.addArticle(Fixtures.article(null)).id();
        List<String> ids = store.addEvents(article, List.of(Fixtures.event("NER", "Niger"), Fixtures.tahouaAttack()));
        assertEquals(List.of(ids.get(1), ids.get(0)), store.events(10, 0).stream().map(Event::eventId).toList());
        assertEquals(List.of(ids.get(0)), store.events(10, 1).stream().map(Event::eventId).toList());
    }

    @Test
    void eachEventKeepsItsSourceAndHistory() {
        long article = store.addArticle(Fixtures.article(null)).id();
        store.addEvents(article, List.of(Fixtures.tahouaAttack()));
        assertEquals(1, count("event_sources"));
        assertEquals(1, count("event_history"));
    }

    @Test
    void aFailureInTheMiddleOfAddEventsLeavesNoRows() {
        long article = store.addArticle(Fixtures.article(null)).id();
        Event tooLong = Fixtures.event("NER", "N".repeat(500));
        assertThrows(StoreException.class,
                () -> store.addEvents(article, List.of(Fixtures.tahouaAttack(), tooLong, Fixtures.event("MLI", "Mali"))));
        assertEquals(0, count("events"));
        assertEquals(0, count("event_sources"));
        assertEquals(0, count("event_history"));
        assertEquals(0, count("event_counters"));
        assertEquals(List.of("NER-000001"), store.addEvents(article, List.of(Fixtures.tahouaAttack())));
    }

    @Test
    void eventsOfAnUnknownArticleAreRefused() {
        assertThrows(StoreException.class, () -> store.addEvents(42, List.of(Fixtures.tahouaAttack())));
        assertEquals(0, count("events"));
    }
}
