package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.sitrep.article.ArticleReader;
import org.sitrep.store.EventStore;
import org.sitrep.store.Ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Health, metrics, the OpenAPI document, and the answers to requests no route takes. */
abstract class ServerStatusIT extends ServerTestBase {
    @Override
    void fill(EventStore store) {
        Fixtures.fill(store);
    }

    @Test
    void healthSaysOkWithTheStoreAndItsEvents() {
        ApiClient.Reply r = api.get("/api/health");
        assertEquals(200, r.status());
        JsonNode health = r.json();
        assertEquals("ok", health.get("status").asText());
        assertEquals(store.location(), health.get("store").asText());
        assertEquals(5, health.get("events").asInt());
        assertFalse(health.get("store").asText().contains("password=sitrep"), "the password is masked");
    }

    @Test
    void metricsCountRequestsByRouteTemplateAndStatus() {
        api.get("/api/events/NER-999998");
        api.get("/api/events/NER-999999");
        api.get("/api/events", "limit", "1");
        String text = api.get("/api/metrics").body();
        assertEquals(2, sample(text, "sitrep_http_requests_total{method=\"GET\",route=\"/api/events/{id}\",status=\"404\"}"));
        assertTrue(sample(text, "sitrep_http_requests_total{method=\"GET\",route=\"/api/events\",status=\"200\"}") >= 1);
    }

    @Test
    void metricsHaveADurationHistogramPerRoute() {
        api.get("/api/openapi.json");
        String text = api.get("/api/metrics").body();
        String labels = "method=\"GET\",route=\"/api/openapi.json\"";
        double count = sample(text, "sitrep_http_request_duration_seconds_count{" + labels + "}");
        assertTrue(count >= 1);
        assertEquals(count, sample(text, "sitrep_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"}"));
        assertTrue(sample(text, "sitrep_http_request_duration_seconds_sum{" + labels + "}") > 0);
        assertTrue(text.contains("# TYPE sitrep_http_request_duration_seconds histogram"));
    }

    @Test
    void metricsGiveTheStoresTotalsAndTheHeap() {
        ApiClient.Reply r = api.get("/api/metrics");
        assertEquals(200, r.status());
        assertEquals("text/plain; version=0.0.4", r.contentType().replaceAll(";\\s*charset=utf-8", "").toLowerCase());
        String text = r.body();
        assertEquals(1, sample(text, "sitrep_store_up"));
        assertEquals(store.totals().articles(), sample(text, "sitrep_store_articles"));
        assertEquals(5, sample(text, "sitrep_store_events"));
        assertEquals(store.totals().sources(), sample(text, "sitrep_store_sources"));
        assertTrue(sample(text, "jvm_memory_heap_used_bytes") > 0);
    }

    @Test
    void anUnknownPathIsAJson404CountedAsUnmatched() {
        ApiClient.Reply r = api.get("/api/evnts");
        assertEquals(404, r.status());
        assertEquals("application/json", r.contentType().split(";")[0]);
        assertTrue(r.json().get("error").asText().contains("/api/evnts"), r.body());
        assertTrue(api.get("/api/metrics").body().contains("route=\"unmatched\",status=\"404\""));
    }

    @Test
    void aMethodTheRouteDoesNotTakeIsA405() {
        ApiClient.Reply r = api.method("DELETE", "/api/events");
        assertEquals(405, r.status());
        assertFalse(r.json().get("error").asText().isBlank());
    }

    @Test
    void requestsJettyRefusesBeforeAnyRouteAreJsonErrorsToo() {
        ApiClient.Reply r = api.get("/api/events", "q", "x".repeat(20_000));
        assertEquals(414, r.status());
        assertEquals("application/json", r.contentType().split(";")[0]);
        assertTrue(r.json().get("error").asText().contains("414"), r.body());
    }

    @Test
    void unknownQueryParametersAre400OnEveryRoute() {
        for (String path : List.of("/api/health", "/api/metrics", "/api/openapi.json", "/api/events/" + Fixtures.TAHOUA)) {
            ApiClient.Reply r = api.get(path, "verbose", "1");
            assertEquals(400, r.status(), path);
            assertEquals("verbose", r.parameter(), path);
        }
    }

    @Test
    void aTakenPortIsRefusedWithTheReason() {
        try (ApiServer second = new ApiServer(store, new Ingest(store, NO_EVENTS), new ArticleReader(), new ServerConfig(port, null))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, second::start);
            assertTrue(e.getMessage().contains(String.valueOf(port)), e.getMessage());
        }
        assertEquals(200, api.get("/api/health").status());
    }

    @Test
    void openApiDescribesExactlyTheRoutesTheServerRegisters() {
        ApiClient.Reply r = api.get("/api/openapi.json");
        assertEquals(200, r.status());
        JsonNode doc = r.json();
        assertTrue(doc.get("openapi").asText().startsWith("3.1"));
        Set<String> documented = new TreeSet<>();
        doc.get("paths").properties().forEach(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
        // The pages for people (/, /assets, /events, /articles) are not part of the API.
        Set<String> api = new TreeSet<>();
        server.routes().stream().filter(route -> route.split(" ")[1].startsWith("/api/")).forEach(api::add);
        assertEquals(api, documented);
        assertEquals(13, documented.size());
    }

    @Test
    void openApiListsTheParametersTheEventRoutesTake() {
        JsonNode doc = api.get("/api/openapi.json").json();
        for (String path : List.of("/api/events", "/api/events.csv", "/api/events.geojson", "/api/events.jsonl")) {
            List<String> names = new ArrayList<>();
            doc.get("paths").get(path).get("get").get("parameters")
                    .forEach(p -> names.add(resolve(doc, p).get("name").asText()));
            assertEquals(EventFilter.PARAMETERS, names, path);
        }
        List<String> raw = new ArrayList<>();
        doc.get("paths").get("/api/articles").get("post").get("parameters")
                .forEach(p -> raw.add(resolve(doc, p).get("name").asText()));
        assertEquals(ArticleSubmission.RAW_PARAMETERS, raw);
        List<String> fields = new ArrayList<>();
        doc.get("components").get("schemas").get("ArticleSubmission").get("properties").fieldNames().forEachRemaining(fields::add);
        assertEquals(ArticleSubmission.JSON_FIELDS, fields);
    }

    @Test
    void everyReferenceInTheOpenApiDocumentResolves() {
        JsonNode doc = api.get("/api/openapi.json").json();
        Matcher m = Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/([^\"]+)\"").matcher(doc.toString());
        Set<String> refs = new HashSet<>();
        while (m.find()) refs.add(m.group(1));
        assertFalse(refs.isEmpty());
        for (String ref : refs) assertFalse(doc.at("/" + ref).isMissingNode(), ref);
    }

    @Test
    void everyOperationDocumentsItsErrors() {
        JsonNode doc = api.get("/api/openapi.json").json();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            JsonNode responses = op.getValue().get("responses");
            assertTrue(responses.has("400") && responses.has("405"), op.getKey() + " " + path.getKey());
        }));
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        return node.has("$ref") ? doc.at(node.get("$ref").asText().substring(1)) : node;
    }

    /** Returns the value of the sample {@code series} in Prometheus text; fails when it is absent. */
    private static double sample(String text, String series) {
        for (String line : text.split("\n")) {
            if (line.startsWith(series + " ")) return Double.parseDouble(line.substring(series.length() + 1));
        }
        throw new AssertionError("no sample " + series + " in\n" + text);
    }
}
