package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news report as Sitrep read it: the body text with boilerplate removed, and what is known
 * about it. Evidence offsets of every event point into {@link #body()}.
 *
 * @param id        the caller's id, the URL, or a content hash
 * @param url       where the article came from, or null
 * @param title     the headline, or empty
 * @param published the publication date that anchors relative dates, or null when unknown
 * @param language  ISO 639-1 code, e.g. "en"
 * @param source    the publishing outlet when known, or empty
 * @param body      the article's body text, paragraphs separated by blank lines
 */
public record Article(String id, String url, String title, LocalDate published, String language,
                      String source, String body) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        title = title == null ? "" : title;
        language = language == null || language.isBlank() ? "en" : language;
        source = source == null ? "" : source;
    }

    /** Returns a copy with another publication date. */
    public Article withPublished(LocalDate date) {
        return new Article(id, url, title, date, language, source, body);
    }

    /** Returns a copy in another language (ISO 639-1), as a caller who knows it says. */
    public Article withLanguage(String code) {
        return new Article(id, url, title, published, code, source, body);
    }

    /** Returns a copy that came from {@code address}. */
    public Article withUrl(String address) {
        return new Article(id, address, title, published, language, source, body);
    }

    /** Returns a copy with another id. */
    public Article withId(String newId) {
        return new Article(newId, url, title, published, language, source, body);
    }
}
