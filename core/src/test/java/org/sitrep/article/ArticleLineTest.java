package org.sitrep.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

import java.time.LocalDate;

class ArticleLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void aTextLineKeepsItsUrlDateAndLanguage() throws Exception {
        Article article = ArticleLine.of(json("""
                {"id": "a1", "url": "https://news.example/1", "published": "2024-03-12T08:00:00Z",
                 "language": "fr", "text": "Des hommes armés ont attaqué des soldats près de Ouallam."}"""),
                "in.jsonl:1", null).read(new ArticleReader());
        assertEquals("a1", article.id());
        assertEquals("https://news.example/1", article.url());
        assertEquals(LocalDate.of(2024, 3, 12), article.published());
        assertEquals("fr", article.language());
    }

    @Test
    void aLineWithoutIdIsNamedByWhereItIs() throws Exception {
        Article article = ArticleLine.of(json("{\"text\": \"Gunmen attacked soldiers near Ouallam.\"}"),
                "in.jsonl:7", LocalDate.of(2024, 3, 12)).read(new ArticleReader());
        assertEquals("in.jsonl:7", article.id());
        assertEquals(LocalDate.of(2024, 3, 12), article.published());
    }

    @Test
    void aLanguageSitrepDoesNotReadIsRefusedByName() {
        UnreadableArticleException e = assertThrows(UnreadableArticleException.class, () -> ArticleLine.of(
                json("{\"language\": \"de\", \"text\": \"Bewaffnete griffen Soldaten an.\"}"), "in.jsonl:2", null));
        assertEquals("in.jsonl:2: language must be en or fr, not de", e.getMessage());
    }

    @Test
    void aLineWithoutTextOrPageOrWithABadDateIsRefused() {
        assertEquals("in.jsonl:3: has neither \"text\" nor \"html\"", assertThrows(UnreadableArticleException.class,
                () -> ArticleLine.of(json("{\"id\": \"x\"}"), "in.jsonl:3", null)).getMessage());
        assertEquals("in.jsonl:4: published is not a YYYY-MM-DD date", assertThrows(UnreadableArticleException.class,
                () -> ArticleLine.of(json("{\"published\": \"March\", \"text\": \"t\"}"), "in.jsonl:4", null)).getMessage());
        assertEquals("in.jsonl:5: is not a JSON object", assertThrows(UnreadableArticleException.class,
                () -> ArticleLine.of(json("[1]"), "in.jsonl:5", null)).getMessage());
    }
}
