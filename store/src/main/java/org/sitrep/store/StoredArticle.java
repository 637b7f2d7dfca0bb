package org.sitrep.store;

import org.sitrep.model.Article;

import java.time.OffsetDateTime;

/**
 * An article as the store keeps it.
 *
 * @param id          the store's row id, what events and their sources point to
 * @param contentHash SHA-256 of the body with whitespace runs folded, lower-case hex
 * @param article     the article as it was first added
 * @param fetchedAt   when it was first added
 */
public record StoredArticle(long id, String contentHash, Article article, OffsetDateTime fetchedAt) {
}
