package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.article.ArticleReader;
import org.sitrep.article.UnreadableArticleException;

import java.time.LocalDate;

/** One line of a JSON-lines article input ({@link org.sitrep.article.ArticleLine}) as a source still to be read. */
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
        try {
            org.sitrep.article.ArticleLine checked = org.sitrep.article.ArticleLine.of(line, where, published);
            return () -> checked.read(reader);
        } catch (UnreadableArticleException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
