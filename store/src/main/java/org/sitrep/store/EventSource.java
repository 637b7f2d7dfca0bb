package org.sitrep.store;

import org.sitrep.model.Event;
import org.sitrep.model.Evidence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One article that reports a stored event: which article, the words in it that justify the event,
 * and the event as that article alone coded it.
 *
 * @param articleId the article's row id (as {@code /api/articles/{id}} names it)
 * @param url       where the article was read, or null
 * @param title     its title
 * @param source    the outlet
 * @param published its publication date, or null
 * @param evidence  the evidence spans, offsets into that article's body
 * @param coded     the event as coded from that article before any merge
 * @param addedAt   when the article became a source of the event
 */
public record EventSource(long articleId, String url, String title, String source, LocalDate published,
                          List<Evidence> evidence, Event coded, OffsetDateTime addedAt) {
}
