package org.sitrep.store;

import java.time.OffsetDateTime;

/**
 * One thing that happened to a stored event.
 *
 * @param action "created", "merged", "split" or "edited"
 * @param detail what it involved, as a JSON object (the article, the events split off, ...)
 * @param at     when
 */
public record HistoryEntry(String action, String detail, OffsetDateTime at) {
}
