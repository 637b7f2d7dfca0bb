package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.Gazetteer;
import org.sitrep.model.EventWriter;
import org.sitrep.store.EventStore;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.server.Fixtures.DJENNE;
import static org.sitrep.server.Fixtures.GWOZA;
import static org.sitrep.server.Fixtures.NAIROBI;
import static org.sitrep.server.Fixtures.TAHOUA;
import static org.sitrep.server.Fixtures.TERA;

/** The read routes over the five {@link Fixtures} events: search, one event, one article, exports. */
abstract class EventRoutesIT extends ServerTestBase {
    private List<EventStore.Report> reports;

    @Override
    void fill(EventStore store) {
        reports = Fixtures.fill(store);
    }

    /** The ids of the events GET /api/events answers with these parameters, in order. */
    private List<String> ids(String... nameValues) {
        ApiClient.Reply r = api.get("/api/events", nameValues);
        assertEquals(200, r.status(), r.body());
        List<String> ids = new ArrayList<>();
        r.json().get("events").forEach(e -> ids.add(e.get("event_id").asText()));
        return ids;
    }

    @Test
    void withoutFiltersEveryEventComesLatestFirst() {
        ApiClient.Reply r = api.get("/api/events");
        assertEquals("application/json", r.contentType().split(";")[0]);
        JsonNode page = r.json();
        assertEquals(5, page.get("total").asInt());
        assertEquals(50, page.get("limit").asInt());
        assertEquals(0, page.get("offset").asInt());
        assertEquals("-event_date", page.get("sort").asText());
        assertEquals(List.of(TAHOUA, DJENNE, NAIROBI, TERA, GWOZA), ids());
    }

    @Test
    void eventsComeInTheSchemasSpelling() {
        JsonNode tahoua = api.get("/api/events", "admin1", "Tahoua").json().get("events").get(0);
        assertEquals("2024-07-08", tahoua.get("event_date").asText());
        assertEquals("Explosions/Remote violence", tahoua.get("event_type").asText());
        assertEquals("Remote explosive/landmine/IED", tahoua.get("sub_event_type").asText());
        assertEquals("Ansaroul Islam", tahoua.get("assoc_actor_1").asText());
        assertEquals(12, tahoua.get("interaction").asInt());
        assertEquals(41, tahoua.get("fatalities").asInt());
        assertEquals(14.8888, tahoua.get("latitude").asDouble());
        assertEquals("IED; suicide vehicle-borne IED", tahoua.get("tags").asText());
        assertEquals("fatalities", tahoua.get("evidence").get(0).get("field").asText());
        List<String> fields = new ArrayList<>();
        tahoua.fieldNames().forEachRemaining(fields::add);
        List<String> expected = new ArrayList<>(EventWriter.COLUMNS);
        expected.add("status"); // the schema's fields, then where the event stands with the reviewers
        assertEquals(expected, fields);
        assertEquals("new", tahoua.get("status").asText());
    }

    @Test
    void countryIsANameOrAnIso3CodeInAnyCase() {
        assertEquals(List.of(TAHOUA, TERA), ids("country", "NER"));
        assertEquals(List.of(TAHOUA, TERA), ids("country", "niger"));
        assertEquals(List.of(NAIROBI), ids("country", "Kenya"));
    }

    @Test
    void admin1Narrows() {
        assertEquals(List.of(TERA), ids("admin1", "tillaberi"));
    }

    @Test
    void eventTypeIsCanonicalisedFromAnyCase() {
        assertEquals(List.of(DJENNE, TERA), ids("event_type", "battles"));
        assertEquals(List.of(TAHOUA), ids("event_type", "EXPLOSIONS/REMOTE VIOLENCE"));
    }

    @Test
    void subEventTypeIsCanonicalisedFromAnyCase() {
        assertEquals(List.of(DJENNE, TERA), ids("sub_event_type", "armed clash"));
        assertEquals(List.of(GWOZA), ids("sub_event_type", "Attack"));
    }

    @Test
    void actorMatchesEitherSideAndAssociatedActors() {
        assertEquals(List.of(TAHOUA, DJENNE), ids("actor", "jnim"));
        assertEquals(List.of(DJENNE), ids("actor", "wagner"));
        assertEquals(List.of(TAHOUA), ids("actor", "Ansaroul"));
    }

    @Test
    void fromAndToAreInclusive() {
        assertEquals(List.of(TAHOUA, DJENNE), ids("from", "2024-07-01"));
        assertEquals(List.of(TERA, GWOZA), ids("to", "2024-06-10"));
        assertEquals(List.of(NAIROBI, TERA), ids("from", "2024-06-01", "to", "2024-06-30"));
    }

    @Test
    void bboxKeepsEventsInsideTheBox() {
        // Niger north of 13°N: Tahoua and Tera, not Gwoza (11°N) nor Djenne (west of 0°).
        assertEquals(List.of(TAHOUA, TERA), ids("bbox", "0,13,16,24"));
    }

    @Test
    void minFatalitiesIsInclusive() {
        assertEquals(List.of(TAHOUA, TERA), ids("min_fatalities", "20"));
    }

    @Test
    void qSearchesNotesLocationAndActors() {
        assertEquals(List.of(NAIROBI), ids("q", "finance bill"));
        assertEquals(List.of(GWOZA), ids("q", "gwoza"));
    }

    @Test
    void filtersCombine() {
        assertEquals(List.of(TAHOUA), ids("country", "NER", "min_fatalities", "30"));
        assertEquals(List.of(), ids("country", "KEN", "event_type", "Battles"));
    }

    @Test
    void sortOrdersByAnyFieldEitherWay() {
        assertEquals(List.of(TAHOUA, TERA, DJENNE, GWOZA, NAIROBI), ids("sort", "-fatalities"));
        assertEquals(List.of(GWOZA, TERA, NAIROBI, DJENNE, TAHOUA), ids("sort", "event_date"));
        assertEquals(List.of(NAIROBI, DJENNE, TAHOUA, TERA, GWOZA), ids("sort", "event_id"));
    }

    @Test
    void limitAndOffsetPageThroughTheTotal() {
        JsonNode page = api.get("/api/events", "sort", "event_date", "limit", "2", "offset", "2").json();
        assertEquals(5, page.get("total").asInt());
        assertEquals(2, page.get("limit").asInt());
        assertEquals(2, page.get("offset").asInt());
        assertEquals("event_date", page.get("sort").asText());
        assertEquals(List.of(NAIROBI, DJENNE), ids("sort", "event_date", "limit", "2", "offset", "2"));
        assertEquals(List.of(), ids("offset", "5"));
    }

    @Test
    void everyBadParameterIsA400ThatNamesIt() {
        String[][] cases = {
                {"event_type", "Battle"}, {"sub_event_type", "Clash"}, {"from", "2024-13-01"}, {"to", "yesterday"},
                {"bbox", "1,2,3"}, {"bbox", "10,0,0,5"}, {"bbox", "a,b,c,d"}, {"min_fatalities", "-1"},
                {"min_fatalities", "many"}, {"sort", "date"}, {"limit", "0"}, {"limit", "1001"}, {"limit", "x"},
                {"offset", "-1"}, {"contry", "NER"}};
        for (String[] c : cases) {
            ApiClient.Reply r = api.get("/api/events", c[0], c[1]);
            assertEquals(400, r.status(), c[0] + "=" + c[1]);
            assertEquals(c[0], r.parameter(), r.body());
            assertFalse(r.json().get("error").asText().isBlank());
        }
    }

    @Test
    void anUnknownParameterIsNamedInTheSentence() {
        ApiClient.Reply r = api.get("/api/events", "event-type", "Battles");
        assertEquals(400, r.status());
        assertTrue(r.json().get("error").asText().contains("'event-type'"), r.body());
    }

    @Test
    void fromAfterToBlamesTo() {
        ApiClient.Reply r = api.get("/api/events", "from", "2024-07-01", "to", "2024-06-01");
        assertEquals(400, r.status());
        assertEquals("to", r.parameter());
    }

    @Test
    void aParameterGivenTwiceIsA400() {
        ApiClient.Reply r = api.get("/api/events", "country", "NER", "country", "MLI");
        assertEquals(400, r.status());
        assertEquals("country", r.parameter());
    }

    @Test
    void oneEventComesWithItsSourcesAndHistory() {
        ApiClient.Reply r = api.get("/api/events/" + TAHOUA);
        assertEquals(200, r.status(), r.body());
        JsonNode event = r.json();
        assertEquals(TAHOUA, event.get("event_id").asText());
        assertEquals(41, event.get("fatalities").asInt());

        JsonNode sources = event.get("sources");
        assertEquals(2, sources.size());
        JsonNode first = sources.get(0);
        assertEquals(reports.get(0).article().id(), first.get("article_id").asLong());
        assertEquals("https://example.org/niger-tahoua", first.get("url").asText());
        assertEquals("Niger: 29 soldiers killed", first.get("title").asText());
        assertEquals("2024-07-13", first.get("published").asText());
        assertEquals("At least 29 soldiers have been killed", first.get("evidence").get(0).get("text").asText());
        assertEquals(TAHOUA, first.get("coded").get("event_id").asText());
        assertEquals(reports.get(5).article().id(), sources.get(1).get("article_id").asLong());

        JsonNode history = event.get("history");
        assertEquals(List.of("created", "merged"), List.of(history.get(0).get("action").asText(), history.get(1).get("action").asText()));
        assertTrue(history.get(0).get("detail").isObject(), "detail is JSON, not a string: " + history.get(0));
        assertEquals(reports.get(0).article().id(), history.get(0).get("detail").get("article").asLong());
        assertTrue(history.get(0).get("at").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*"));
    }

    @Test
    void anUnknownEventIsA404() {
        ApiClient.Reply r = api.get("/api/events/NER-999999");
        assertEquals(404, r.status());
        assertEquals("id", r.parameter());
        assertEquals("application/json", r.contentType().split(";")[0]);
    }

    @Test
    void anArticleComesWithItsBodyAndEvents() {
        long id = reports.get(0).article().id();
        ApiClient.Reply r = api.get("/api/articles/" + id);
        assertEquals(200, r.status(), r.body());
        JsonNode article = r.json();
        assertEquals(id, article.get("id").asLong());
        assertEquals("niger-tahoua", article.get("input_id").asText());
        assertEquals("https://example.org/niger-tahoua", article.get("url").asText());
        assertEquals("Niger: 29 soldiers killed", article.get("title").asText());
        assertEquals("2024-07-13", article.get("published").asText());
        assertEquals("Example News", article.get("source").asText());
        assertEquals("en", article.get("language").asText());
        assertEquals(Fixtures.TAHOUA_BODY, article.get("body").asText());
        assertFalse(article.get("fetched_at").asText().isEmpty());
        assertEquals(TAHOUA, article.get("events").get(0).asText());
    }

    @Test
    void anUnknownArticleIsA404AndANonNumericIdA400() {
        assertEquals(404, api.get("/api/articles/999999").status());
        ApiClient.Reply r = api.get("/api/articles/niger-tahoua");
        assertEquals(400, r.status());
        assertEquals("id", r.parameter());
    }

    @Test
    void csvExportHasTheSchemasColumnsAndEveryMatch() {
        ApiClient.Reply r = api.get("/api/events.csv", "country", "NER", "sort", "-fatalities");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("text/csv"), r.contentType());
        assertEquals("attachment; filename=\"sitrep-events.csv\"", r.header("Content-Disposition"));
        String[] lines = r.body().split("\n");
        assertEquals(String.join(",", EventWriter.COLUMNS) + ",status", lines[0]);
        assertEquals(3, lines.length);
        assertTrue(lines[1].endsWith(",new"), lines[1]);
        assertTrue(lines[1].startsWith(TAHOUA + ","), lines[1]);
        assertTrue(lines[2].startsWith(TERA + ","), lines[2]);
    }

    @Test
    void exportsIgnoreLimitAndOffset() {
        String[] lines = api.get("/api/events.csv", "limit", "1", "offset", "3").body().split("\n");
        assertEquals(1 + 5, lines.length);
    }

    @Test
    void geojsonExportCarriesTheGazetteersAttribution() {
        ApiClient.Reply r = api.get("/api/events.geojson", "bbox", "0,13,16,24");
        assertEquals(200, r.status(), r.body());
        assertEquals("application/geo+json", r.contentType().split(";")[0]);
        assertEquals("attachment; filename=\"sitrep-events.geojson\"", r.header("Content-Disposition"));
        JsonNode collection = r.json();
        assertEquals("FeatureCollection", collection.get("type").asText());
        assertEquals(Gazetteer.ATTRIBUTION, collection.get("metadata").get("attribution").asText());
        assertEquals(2, collection.get("features").size());
        JsonNode tahoua = collection.get("features").get(0);
        assertEquals(5.2692, tahoua.get("geometry").get("coordinates").get(0).asDouble());
        assertEquals(TAHOUA, tahoua.get("properties").get("event_id").asText());
    }

    @Test
    void jsonlExportHasOneEventPerLineInOrder() {
        ApiClient.Reply r = api.get("/api/events.jsonl", "sort", "event_date");
        assertEquals(200, r.status(), r.body());
        assertEquals("application/x-ndjson", r.contentType().split(";")[0]);
        assertEquals("attachment; filename=\"sitrep-events.jsonl\"", r.header("Content-Disposition"));
        List<String> ids = r.body().lines()
                .map(line -> ApiClient.json(line).get("event_id").asText()).toList();
        assertEquals(List.of(GWOZA, TERA, NAIROBI, DJENNE, TAHOUA), ids);
    }

    @Test
    void aBadExportParameterIsAJson400NotADownload() {
        ApiClient.Reply r = api.get("/api/events.csv", "event_type", "Skirmish");
        assertEquals(400, r.status());
        assertEquals("event_type", r.parameter());
        assertEquals("application/json", r.contentType().split(";")[0]);
        assertNull(r.header("Content-Disposition"));
    }

    @Test
    void exportPathsAreNotEventIds() {
        assertEquals(404, api.get("/api/events/events.csv").status());
        assertEquals(200, api.get("/api/events.csv").status());
    }
}
