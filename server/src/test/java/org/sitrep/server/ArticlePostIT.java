package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.sitrep.article.ArticleReader;
import org.sitrep.store.Ingest;
import org.sitrep.store.StoreTotals;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mechanics of {@code POST /api/articles}: the token, the body's shapes and limits, and what is
 * stored. Articles are coded with {@link #NO_EVENTS}; ExtractedArticleIT posts a real one.
 */
abstract class ArticlePostIT extends ServerTestBase {
    private static final String JSON = "application/json";
    private static final String REPORT = "Gunmen killed four traders on the road between Gao and Ansongo on Tuesday,"
            + " local officials said.";

    /** Runs {@code request} and checks that it stored nothing. */
    private ApiClient.Reply storesNothing(Supplier<ApiClient.Reply> request) {
        StoreTotals before = store.totals();
        ApiClient.Reply r = request.get();
        assertEquals(before, store.totals(), "the store changed after " + r.status() + " " + r.body());
        return r;
    }

    private static String unique(String text) {
        return text + " (" + System.nanoTime() + ")";
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        ApiClient.Reply r = storesNothing(() -> api.post("/api/articles", null, JSON, "{\"text\":\"" + REPORT + "\"}"));
        assertEquals(401, r.status());
        assertEquals("Bearer", r.header("WWW-Authenticate"));
        assertFalse(r.json().get("error").asText().isBlank());
    }

    @Test
    void aWrongTokenIs403() {
        ApiClient.Reply r = storesNothing(() -> api.post("/api/articles", "not-the-token", JSON, "{\"text\":\"" + REPORT + "\"}"));
        assertEquals(403, r.status());
    }

    @Test
    void aServerWithoutATokenAcceptsNoArticles() {
        try (ApiServer readOnly = new ApiServer(store, new Ingest(store, NO_EVENTS), new ArticleReader(), new ServerConfig(0, null))) {
            ApiClient client = new ApiClient(readOnly.start());
            ApiClient.Reply r = storesNothing(() -> client.post("/api/articles", "", JSON, "{\"text\":\"" + REPORT + "\"}"));
            assertEquals(403, r.status());
            assertEquals(200, client.get("/api/health").status());
        }
    }

    @Test
    void aBodyOverTheLimitIs413InTheErrorShape() {
        String big = "{\"text\":\"" + "x".repeat((int) MAX_BODY_BYTES) + "\"}";
        ApiClient.Reply r = storesNothing(() -> api.post("/api/articles", TOKEN, JSON, big));
        assertEquals(413, r.status());
        assertTrue(r.json().get("error").asText().contains(String.valueOf(MAX_BODY_BYTES)), r.body());
    }

    @Test
    void aChunkedBodyOverTheLimitIs413Too() {
        byte[] big = "y".repeat((int) MAX_BODY_BYTES + 1).getBytes(StandardCharsets.UTF_8);
        ApiClient.Reply r = storesNothing(() -> api.postChunked("/api/articles", TOKEN, "text/plain", big));
        assertEquals(413, r.status());
        assertEquals(JSON, r.contentType().split(";")[0]);
    }

    @Test
    void badJsonIs400AndStoresNothing() {
        ApiClient.Reply r = storesNothing(() -> api.post("/api/articles", TOKEN, JSON, "{\"text\": \"unterminated"));
        assertEquals(400, r.status());
        assertTrue(r.json().get("error").asText().startsWith("The body is not valid JSON"), r.body());
    }

    @Test
    void trailingGarbageAfterTheJsonIs400() {
        assertEquals(400, storesNothing(() -> api.post("/api/articles", TOKEN, JSON, "{\"text\":\"" + REPORT + "\"} x")).status());
    }

    @Test
    void anUnknownFieldIs400NamingIt() {
        ApiClient.Reply r = storesNothing(() -> api.post("/api/articles", TOKEN, JSON, "{\"txt\":\"" + REPORT + "\"}"));
        assertEquals(400, r.status());
        assertEquals("txt", r.parameter());
    }

    @Test
    void aBadDateIs400NamingPublished() {
        ApiClient.Reply r = storesNothing(() -> api.post("/api/articles", TOKEN, JSON,
                "{\"text\":\"" + REPORT + "\",\"published\":\"13/07/2024\"}"));
        assertEquals(400, r.status());
        assertEquals("published", r.parameter());
    }

    @Test
    void noTextHtmlOrUrlIs400() {
        ApiClient.Reply r = storesNothing(() -> api.post("/api/articles", TOKEN, JSON, "{\"published\":\"2024-07-13\"}"));
        assertEquals(400, r.status());
        assertEquals("text", r.parameter());
    }

    @Test
    void textAndHtmlTogetherIs400() {
        ApiClient.Reply r = storesNothing(() -> api.post("/api/articles", TOKEN, JSON,
                "{\"text\":\"" + REPORT + "\",\"html\":\"<p>" + REPORT + "</p>\"}"));
        assertEquals(400, r.status());
        assertEquals("html", r.parameter());
    }

    @Test
    void textTooShortToBeAnArticleIs400WithTheReason() {
        ApiClient.Reply r = storesNothing(() -> api.post("/api/articles", TOKEN, JSON, "{\"text\":\"Breaking.\"}"));
        assertEquals(400, r.status());
        assertEquals("text", r.parameter());
        assertTrue(r.json().get("error").asText().contains("no article text"), r.body());
    }

    @Test
    void onlyHttpUrlsAreFetchedNeverLocalFiles() {
        ApiClient.Reply r = storesNothing(() -> api.post("/api/articles", TOKEN, JSON, "{\"url\":\"file:///etc/hostname\"}"));
        assertEquals(400, r.status());
        assertEquals("url", r.parameter());
    }

    @Test
    void anUnreachableUrlIs400NamingUrl() {
        // Port 9 (discard) on the loopback: nothing listens there, the connection is refused at once.
        ApiClient.Reply r = storesNothing(() -> api.post("/api/articles", TOKEN, JSON, "{\"url\":\"http://127.0.0.1:9/news\"}"));
        assertEquals(400, r.status());
        assertEquals("url", r.parameter());
    }

    @Test
    void aBodyThatIsNeitherJsonNorTextIs415() {
        ApiClient.Reply r = storesNothing(() -> api.post("/api/articles", TOKEN, "application/x-www-form-urlencoded", "text=" + REPORT));
        assertEquals(415, r.status());
    }

    @Test
    void queryParametersBelongToRawBodiesOnly() {
        ApiClient.Reply json = storesNothing(() -> api.post("/api/articles", TOKEN, JSON, "{\"text\":\"" + REPORT + "\"}",
                "published", "2024-07-13"));
        assertEquals(400, json.status());
        assertEquals("published", json.parameter());
        ApiClient.Reply raw = storesNothing(() -> api.post("/api/articles", TOKEN, "text/plain", REPORT, "publshed", "2024-07-13"));
        assertEquals(400, raw.status());
        assertEquals("publshed", raw.parameter());
    }

    @Test
    void aNewArticleIs201WithWhereItIsStored() {
        String text = unique(REPORT);
        ApiClient.Reply r = api.post("/api/articles", TOKEN, JSON,
                "{\"text\":\"" + text + "\",\"published\":\"2024-07-13\",\"url\":\"https://example.org/gao\",\"id\":\"gao-1\"}");
        assertEquals(201, r.status(), r.body());
        JsonNode reply = r.json();
        assertTrue(reply.get("added").asBoolean());
        assertEquals(0, reply.get("events").size());
        long id = reply.get("article_id").asLong();
        assertEquals("/api/articles/" + id, r.header("Location"));

        JsonNode article = api.get("/api/articles/" + id).json();
        assertEquals("gao-1", article.get("input_id").asText());
        assertEquals("https://example.org/gao", article.get("url").asText());
        assertEquals("2024-07-13", article.get("published").asText());
        assertEquals(text, article.get("body").asText());
    }

    @Test
    void theSameArticleTwiceIsStoredOnceAnd200TheSecondTime() {
        String text = unique(REPORT);
        ApiClient.Reply first = api.post("/api/articles", TOKEN, "text/plain; charset=utf-8", text);
        assertEquals(201, first.status(), first.body());
        StoreTotals after = store.totals();
        ApiClient.Reply second = api.post("/api/articles", TOKEN, "text/plain", text);
        assertEquals(200, second.status(), second.body());
        assertFalse(second.json().get("added").asBoolean());
        assertEquals(first.json().get("article_id").asLong(), second.json().get("article_id").asLong());
        assertEquals(after, store.totals());
    }

    @Test
    void aRawTextBodyTakesItsDateFromTheQuery() {
        ApiClient.Reply r = api.post("/api/articles", TOKEN, "text/plain", unique(REPORT), "published", "2024-07-10");
        assertEquals(201, r.status(), r.body());
        assertEquals("2024-07-10", api.get("/api/articles/" + r.json().get("article_id").asLong()).json().get("published").asText());
    }

    @Test
    void anHtmlPageIsReadForItsTitleAndText() {
        String page = "<html><head><title>Gao: four traders killed</title></head><body><nav>Home | World</nav>"
                + "<article><h1>Gao: four traders killed</h1><p>" + unique(REPORT) + "</p><p>The attackers fled"
                + " on motorbikes towards the border, residents said.</p></article></body></html>";
        ApiClient.Reply r = api.post("/api/articles", TOKEN, "text/html", page, "url", "https://example.org/gao-page");
        assertEquals(201, r.status(), r.body());
        JsonNode article = api.get("/api/articles/" + r.json().get("article_id").asLong()).json();
        assertEquals("Gao: four traders killed", article.get("title").asText());
        assertTrue(article.get("body").asText().startsWith("Gunmen killed four traders"), article.get("body").asText());
        assertFalse(article.get("body").asText().contains("Home | World"));
    }

    @Test
    void textThatIsNotValidUtf8Is400() {
        byte[] latin1 = ("Caf\u00e9 " + REPORT).getBytes(StandardCharsets.ISO_8859_1);
        ApiClient.Reply r = storesNothing(() -> api.postChunked("/api/articles", TOKEN, "text/plain", latin1));
        assertEquals(400, r.status());
    }
}
