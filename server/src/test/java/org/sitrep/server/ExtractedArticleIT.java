package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.store.StoreTotals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed article posted to a server that codes with the real extractor, as {@code sitrep serve} runs it. */
abstract class ExtractedArticleIT extends ServerTestBase {
    private static final Path SEED = Path.of("..", "examples", "niger-tahoua-attack.txt");

    /** CoreNLP's models and the gazetteer take seconds and gigabytes to load: once per JVM, for every class. */
    private static final class English {
        static final Extractor EXTRACTOR = Extractor.english();
    }

    private String seed;
    private ApiClient.Reply first;
    private StoreTotals afterFirst;

    @Override
    Function<Article, List<Event>> coder() {
        return English.EXTRACTOR::extract;
    }

    @BeforeAll
    void postTheSeedArticle() throws IOException {
        seed = Files.readString(SEED, StandardCharsets.UTF_8);
        first = api.post("/api/articles", TOKEN, "text/plain; charset=utf-8", seed, "url", "https://example.org/niger-tahoua");
        afterFirst = store.totals();
    }

    @Test
    void theSeedArticleIsCodedAndStoredWithTheTahouaAttack() {
        assertEquals(201, first.status(), first.body());
        JsonNode reply = first.json();
        assertTrue(reply.get("added").asBoolean());
        JsonNode events = reply.get("events");
        assertFalse(events.isEmpty());
        boolean tahoua = false;
        for (JsonNode e : events) {
            tahoua |= e.get("iso3").asText().equals("NER") && e.get("fatalities").asInt() == 41;
            assertTrue(e.get("event_id").asText().matches("[A-Z]{3}-\\d{6}"), e.get("event_id").asText());
        }
        assertTrue(tahoua, "a Niger event with 41 dead among " + events);
    }

    @Test
    void theCodedEventsCanBeSearchedAndReadBack() {
        JsonNode page = api.get("/api/events", "country", "Niger", "min_fatalities", "41").json();
        assertTrue(page.get("total").asInt() >= 1, page.toString());
        String id = page.get("events").get(0).get("event_id").asText();
        JsonNode event = api.get("/api/events/" + id).json();
        assertEquals(first.json().get("article_id").asLong(), event.get("sources").get(0).get("article_id").asLong());
        assertEquals("created", event.get("history").get(0).get("action").asText());
        JsonNode evidence = event.get("sources").get(0).get("evidence");
        assertFalse(evidence.isEmpty(), "the source says which words justify the event");
    }

    @Test
    void theSameTextPostedAgainAddsNothingAndAnswersItsStoredEvents() {
        ApiClient.Reply again = api.post("/api/articles", TOKEN, "text/plain; charset=utf-8", seed);
        assertEquals(200, again.status(), again.body());
        assertFalse(again.json().get("added").asBoolean());
        assertEquals(first.json().get("events").size(), again.json().get("events").size());
        assertEquals(first.json().get("article_id").asLong(), again.json().get("article_id").asLong());
        assertEquals(afterFirst, store.totals());
    }
}
