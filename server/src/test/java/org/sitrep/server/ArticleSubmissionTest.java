package org.sitrep.server;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ArticleSubmissionTest {
    private static ArticleSubmission submit(String contentType, String body, Map<String, List<String>> query) {
        return ArticleSubmission.fromRequest(contentType, body.getBytes(StandardCharsets.UTF_8), query);
    }

    private static ApiError rejected(String contentType, String body) {
        return assertThrows(ApiError.class, () -> submit(contentType, body, Map.of()));
    }

    @Test
    void aJsonObjectGivesTextDateUrlAndId() {
        ArticleSubmission s = submit("application/json; charset=utf-8",
                "{\"text\":\"Gunmen killed four traders.\",\"published\":\"2024-07-13\",\"url\":\"https://example.org/a\",\"id\":\"a1\"}",
                Map.of());
        assertEquals("Gunmen killed four traders.", s.text());
        assertEquals(LocalDate.of(2024, 7, 13), s.published());
        assertEquals("https://example.org/a", s.url());
        assertEquals("a1", s.id());
        assertNull(s.html());
    }

    @Test
    void aUrlAloneIsAnArticleToFetch() {
        ArticleSubmission s = submit("application/json", "{\"url\":\"https://example.org/a\"}", Map.of());
        assertEquals("https://example.org/a", s.url());
        assertNull(s.text());
    }

    @Test
    void aRawPageTakesItsDetailsFromTheQuery() {
        ArticleSubmission s = submit("text/html", "<p>Gunmen killed four traders.</p>",
                Map.of("published", List.of("2024-07-13"), "url", List.of("https://example.org/a")));
        assertEquals("<p>Gunmen killed four traders.</p>", s.html());
        assertEquals(LocalDate.of(2024, 7, 13), s.published());
    }

    @Test
    void eachMistakeBlamesItsField() {
        assertEquals("html", rejected("application/json", "{\"text\":\"a\",\"html\":\"<p>a</p>\"}").parameter());
        assertEquals("text", rejected("application/json", "{}").parameter());
        assertEquals("body", rejected("application/json", "{\"body\":\"a\"}").parameter());
        assertEquals("published", rejected("application/json", "{\"text\":\"a\",\"published\":\"July 13\"}").parameter());
        assertEquals("url", rejected("application/json", "{\"url\":\"ftp://example.org/a\"}").parameter());
        assertEquals("text", rejected("application/json", "{\"text\":42}").parameter());
    }

    @Test
    void jsonThatIsNotAnObjectIsRefused() {
        assertEquals(400, rejected("application/json", "[\"text\"]").status());
        assertEquals(400, rejected("application/json", "").status());
        assertEquals(400, rejected("application/json", "{\"text\":\"a\",\"text\":\"b\"}").status());
    }

    @Test
    void aFormOrAMissingContentTypeIs415() {
        assertEquals(415, rejected("application/x-www-form-urlencoded", "text=a").status());
        assertEquals(415, rejected(null, "a").status());
        assertEquals(415, rejected("text/plain; charset=klingon", "a").status());
    }
}
