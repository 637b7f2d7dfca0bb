package org.sitrep.article;

import java.time.LocalDate;
import java.util.List;

/**
 * What a parser found in one document, before {@link ArticleReader} settles the id, the URL and
 * the caller's date.
 *
 * @param title      the headline, or empty
 * @param published  the date the document itself gives, or null
 * @param language   the language the document declares, or null to guess it from the text
 * @param source     the outlet, or empty
 * @param paragraphs the body text, normalised by {@link Paragraphs}, boilerplate removed
 */
record Draft(String title, LocalDate published, String language, String source, List<String> paragraphs) {
    Draft {
        paragraphs = List.copyOf(paragraphs);
    }
}
