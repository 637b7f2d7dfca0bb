package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

/** Reviewers' corrections and verdicts: checked against the schema, audited, and kept through merges. */
abstract class ReviewsIT extends StoreTestBase {
    private Reviews reviews;
    private Account amina;
    private String tahoua;

    @BeforeEach
    void aStoredEventAndAReviewer() {
        reviews = new Reviews(store);
        amina = new Accounts(store).add("amina", Role.REVIEWER, "correct horse battery".toCharArray());
        tahoua = store.addReport(Fixtures.article("https://example.org/niger"), List.of(Fixtures.tahouaAttack())).eventIds().get(0);
    }

    @Test
    void anEditedFatalityCountIsStoredAndAudited() {
        Event edited = reviews.edit(tahoua, "fatalities", "39", amina);
        assertEquals(39, edited.fatalities().best());
        assertEquals(39, store.event(tahoua).orElseThrow().fatalities().best());
        List<AuditEntry> log = reviews.auditLog(tahoua);
        assertEquals(1, log.size());
        assertEquals(List.of("amina", "fatalities", "41", "39"),
                List.of(log.get(0).account(), log.get(0).field(), log.get(0).before(), log.get(0).after()));
    }

    @Test
    void aValueThatBreaksTheSchemaIsRefusedAndNothingChanges() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reviews.edit(tahoua, "fatalities", "many", amina));
        assertTrue(e.getMessage().startsWith("fatalities must be a whole number"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> reviews.edit(tahoua, "sub_event_type", "Skirmish", amina));
        assertThrows(IllegalArgumentException.class, () -> reviews.edit(tahoua, "event_id", "NER-999999", amina));
        assertThrows(IllegalArgumentException.class, () -> reviews.edit(tahoua, "latitude", "123", amina));
        assertEquals(41, store.event(tahoua).orElseThrow().fatalities().best());
        assertEquals(List.of(), reviews.auditLog(tahoua));
        assertThrows(StoreException.class, () -> reviews.edit("NER-999999", "fatalities", "3", amina));
    }

    @Test
    void aNewSubTypeBringsItsEventType() {
        Event edited = reviews.edit(tahoua, "sub_event_type", "armed clash", amina);
        assertEquals("Battles", edited.type().label());
        assertEquals("Armed clash", store.event(tahoua).orElseThrow().subType().label());
    }

    @Test
    void verifyingAndRejectingAreAudited() {
        assertEquals(EventStatus.NEW, reviews.status(tahoua));
        reviews.setStatus(tahoua, EventStatus.VERIFIED, amina);
        reviews.setStatus(tahoua, EventStatus.REJECTED, amina);
        assertEquals(EventStatus.REJECTED, reviews.status(tahoua));
        assertEquals(List.of("new>verified", "verified>rejected"),
                reviews.auditLog(tahoua).stream().map(a -> a.before() + ">" + a.after()).toList());
    }

    @Test
    void aRejectedEventIsInNoSearchCountOrExport() {
        EventQuery all = EventQuery.builder().build();
        assertEquals(1, store.find(all).total());
        reviews.setStatus(tahoua, EventStatus.REJECTED, amina);
        assertEquals(0, store.find(all).total());
        assertEquals(List.of(), store.find(all).events());
        List<Event> exported = new java.util.ArrayList<>();
        store.forEach(all, exported::add);
        assertEquals(List.of(), exported);
        assertEquals(List.of(), store.cells(all, 1.0).cells());
        assertEquals(List.of(), store.days(all));
        reviews.setStatus(tahoua, EventStatus.VERIFIED, amina);
        assertEquals(1, store.find(all).total());
    }

    @Test
    void aCorrectionOutlivesALaterReportOfTheSameAttack() {
        reviews.edit(tahoua, "fatalities", "39", amina);
        Article again = new Article("niger-tahoua-2", "https://example.org/niger-2", "Niger attack", Fixtures.article(null).published(),
                "en", "Other News", Fixtures.BODY + "\n\nMore.");
        List<String> ids = store.addReport(again, List.of(Fixtures.tahouaAttack())).eventIds();
        assertEquals(List.of(tahoua), ids, "the second report merges into the event");
        assertEquals(2, store.sources(tahoua).size());
        assertEquals(39, store.event(tahoua).orElseThrow().fatalities().best());
    }

    @Test
    void aReviewerMergesTwoReportsTheRulesKeptApartAndSplitUndoesIt() {
        reviews.edit(tahoua, "fatalities", "39", amina);
        Article other = new Article("niger-other", "https://example.org/niger-other", "Niger", Fixtures.article(null).published(),
                "en", "Other News", "Protesters gathered in Niamey.");
        String protest = store.addReport(other, List.of(Fixtures.event("NER", "Niger"))).eventIds().get(0);
        assertTrue(!protest.equals(tahoua), "the rules keep an attack and a protest apart");

        Event kept = reviews.merge(tahoua, protest, amina);

        assertEquals(39, kept.fatalities().best(), "the kept event's correction stands");
        assertEquals(2, store.sources(tahoua).size());
        assertTrue(store.event(protest).isEmpty());
        assertEquals(java.util.Optional.of(tahoua), store.mergedInto(protest));
        assertEquals(1, store.find(EventQuery.builder().build()).total());
        assertEquals(List.of("merge:" + protest + ">" + tahoua),
                reviews.auditLog(protest).stream().map(a -> a.field() + ":" + a.before() + ">" + a.after()).toList());
        assertEquals("merge", reviews.auditLog(tahoua).get(1).field());

        List<String> split = store.split(tahoua);
        assertEquals(2, split.size());
        assertEquals(2, store.find(EventQuery.builder().build()).total());
    }

    @Test
    void aMergeOfAnEventWithItselfOrTwoEventsOfOneArticleIsRefused() {
        Article both = new Article("niger-both", "https://example.org/both", "Niger", Fixtures.article(null).published(),
                "en", "Other News", "Two things happened.");
        List<String> ids = store.addReport(both, List.of(Fixtures.event("NER", "Niger"),
                Fixtures.event("MLI", "Mali"))).eventIds();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> reviews.merge(ids.get(0), ids.get(1), amina));
        assertTrue(e.getMessage().contains("kept apart"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> reviews.merge(tahoua, tahoua, amina));
        assertThrows(StoreException.class, () -> reviews.merge(tahoua, "NER-999999", amina));
        assertEquals(3, store.find(EventQuery.builder().build()).total(), "nothing changed");
        assertEquals(List.of(), reviews.auditLog(tahoua));
    }
}
