package org.sitrep.article;

import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.model.Article;
import org.sitrep.nlp.Language;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * One article as a JSON object, a line of a JSON-lines file or a message on a Kafka topic:
 * {@code {"id", "text" or "html", "published", "url", "language"}}, checked but not yet read.
 *
 * @param id        the line's id, or where it came from when it has none
 * @param url       the article's URL, or null
 * @param html      the page, or null when the line gives text
 * @param text      the text, or null when the line gives a page
 * @param published the publication date, or null to take the article's own
 * @param language  the article's ISO 639-1 code when the line states it, or null to take the
 *                  declared or guessed one
 */
public record ArticleLine(String id, String url, String html, String text, LocalDate published, String language) {
    /**
     * Returns the article {@code line} describes; {@code published}, when not null, overrides the
     * line's date.
     *
     * @param where names the line in messages ("articles.jsonl:3") and is the id when it has none
     * @throws UnreadableArticleException naming {@code where} when the line is not an object, has
     *     a bad date, a language Sitrep does not read, or neither text nor html
     */
    public static ArticleLine of(JsonNode line, String where, LocalDate published) throws UnreadableArticleException {
        if (line == null || !line.isObject()) throw new UnreadableArticleException(where, "is not a JSON object");
        String id = line.hasNonNull("id") ? line.get("id").asText() : where;
        String url = line.hasNonNull("url") ? line.get("url").asText() : null;
        LocalDate date = published;
        if (date == null && line.hasNonNull("published")) {
            String value = line.get("published").asText();
            try {
                date = LocalDate.parse(value.substring(0, Math.min(10, value.length())));
            } catch (DateTimeParseException e) {
                throw new UnreadableArticleException(where, "published is not a YYYY-MM-DD date");
            }
        }
        String language = null;
        if (line.hasNonNull("language")) {
            String value = line.get("language").asText();
            language = Language.byCode(value).map(Language::code)
                    .orElseThrow(() -> new UnreadableArticleException(where, "language must be en or fr, not " + value));
        }
        if (line.hasNonNull("html")) return new ArticleLine(id, url, line.get("html").asText(), null, date, language);
        if (line.hasNonNull("text")) return new ArticleLine(id, url, null, line.get("text").asText(), date, language);
        throw new UnreadableArticleException(where, "has neither \"text\" nor \"html\"");
    }

    /**
     * Reads the article: its body text found in the page, or its text with a date line read (and
     * the line's URL, so that its events name their source), in the line's language when it
     * states one.
     */
    public Article read(ArticleReader reader) throws UnreadableArticleException {
        Article article = html != null ? reader.fromHtml(id, url, html, published) : reader.fromText(id, text, published);
        if (article.url() == null && url != null) article = article.withUrl(url);
        return language == null ? article : article.withLanguage(language);
    }
}
