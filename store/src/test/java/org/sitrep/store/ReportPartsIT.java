package org.sitrep.store;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Storing articles one country at a time ({@link EventStore#addPart}, as the Flink job's writers
 * do) stores what storing them whole ({@link EventStore#addReport}, as ingest does) stores, and
 * storing a part again stores nothing. On H2 in {@link ReportPartsOnH2IT}, on PostgreSQL in
 * {@link ReportPartsOnPostgresIT}.
 */
abstract class ReportPartsIT extends StoreTestBase {
    private static final Article FIRST = Fixtures.article("https://example.org/first");
    private static final Article SECOND = new Article("second", "https://example.org/second", "", LocalDate.of(2024, 7, 14),
            "en", "", Fixtures.BODY + "\n\nA second report.");

    /** The Tahoua attack and a protest in Mali, then the Tahoua attack again and a protest in Niger. */
    private static List<Event> firstEvents() {
        return List.of(Fixtures.tahouaAttack(), Fixtures.event("MLI", "Mali"));
    }

    private static List<Event> secondEvents() {
        return List.of(Fixtures.tahouaAttack().withArticleId("second"), Fixtures.event("NER", "Niger"));
    }

    @Test
    void storingPartsCountryByCountryStoresWhatStoringWholeArticlesStores() {
        store.addReport(FIRST, firstEvents());
        store.addReport(SECOND, secondEvents());
        List<String> whole = describe(store);

        try (TestDatabase other = database(dataDir.resolve("parts")); EventStore parts = other.open()) {
            // the Mali part of the first article before its Niger part: another writer was quicker
            List<ReportPart> first = ReportPart.split(FIRST, firstEvents());
            parts.addPart(first.get(1));
            parts.addPart(first.get(0));
            ReportPart.split(SECOND, secondEvents()).forEach(parts::addPart);

            assertEquals(whole, describe(parts));
        }
    }

    @Test
    void aPartStoredAgainStoresNothingAndNamesItsEvents() {
        ReportPart part = ReportPart.split(FIRST, firstEvents()).get(0);
        EventStore.Report once = store.addPart(part);
        EventStore.Report again = store.addPart(part);

        assertTrue(once.added());
        assertFalse(again.added());
        assertEquals(once.eventIds(), again.eventIds());
        assertEquals(new StoreTotals(1, 1, 1), store.totals());
    }

    @Test
    void anotherArticleWithTheSameUrlIsNotStored() {
        store.addPart(ReportPart.split(FIRST, firstEvents()).get(0));
        Article sameUrl = new Article("other", FIRST.url(), "", null, "en", "", "Another text altogether.");
        EventStore.Report report = store.addPart(new ReportPart(sameUrl, "MLI", List.of(Fixtures.event("MLI", "Mali"))));

        assertFalse(report.added());
        assertEquals(List.of(), report.eventIds());
        assertEquals(new StoreTotals(1, 1, 1), store.totals());
    }

    @Test
    void anArticleWithoutEventsIsStoredOnce() {
        ReportPart empty = ReportPart.split(FIRST, List.of()).get(0);
        assertTrue(store.addPart(empty).added());
        assertFalse(store.addPart(empty).added());
        assertEquals(new StoreTotals(1, 0, 0), store.totals());
    }

    /** Every event with its sources' input ids, and its history's actions, in event id order. */
    private static List<String> describe(EventStore s) {
        List<String> out = new ArrayList<>();
        for (Event e : s.events(100, 0).stream().sorted(java.util.Comparator.comparing(Event::eventId)).toList()) {
            out.add(CodedJson.writeExact(e) + " sources=" + s.sources(e.eventId()).stream().map(Event::articleId).toList()
                    + " history=" + s.history(e.eventId()).stream().map(HistoryEntry::action).toList());
        }
        out.add(s.totals().toString());
        return out;
    }
}
