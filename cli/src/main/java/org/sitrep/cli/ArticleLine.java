package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.article.ArticleReader;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** One line of a JSON-lines article input: {@code {"id", "text" or "html", "published", "url", "language"}}. */
final class ArticleLine {
    private ArticleLine() {
    }

    /**
     * Returns the article of {@code line} as a source still to be read; {@code published}, when not
     * null, overrides the line's date.
     *
     * @throws BadInputException naming {@code where} when the line has a bad date or no text
     */
    static ArticleSource of(JsonNode line, String where, ArticleReader reader, LocalDate published) {
        String id = line.hasNonNull("id") ? line.get("id").asText() : where;
        String url = line.hasNonNull("url") ? line.get("url").asText() : null;
        LocalDate date = published;
        if (date == null && line.hasNonNull("published")) {
            String value = line.get("published").asText();
            try {
                date = LocalDate.parse(value.substring(0, Math.min(10, value.length())));
            } catch (DateTimeParseException e) {
                throw new BadInputException(where + ": published is not a YYYY-MM-DD date");
            }
        }
        LocalDate p = date;
        // "language": the article's ISO 639-1 code when the caller knows it (else declared or guessed)
        String language = null;
        if (line.hasNonNull("language")) {
            String value = line.get("language").asText();
            language = org.sitrep.nlp.Language.byCode(value).map(org.sitrep.nlp.Language::code)
                    .orElseThrow(() -> new BadInputException(where + ": language must be en or fr, not " + value));
        }
        String l = language;
        if (line.hasNonNull("html")) {
            String html = line.get("html").asText();
            return () -> ExtractCommand.withLanguage(reader.fromHtml(id, url, html, p), l);
        }
        if (line.hasNonNull("text")) {
            String text = line.get("text").asText();
            return () -> ExtractCommand.withLanguage(reader.fromText(id, text, p), l);
        }
        throw new BadInputException(where + ": has neither \"text\" nor \"html\"");
    }
}
