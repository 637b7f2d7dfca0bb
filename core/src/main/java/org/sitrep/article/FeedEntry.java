package org.sitrep.article;

import java.time.LocalDate;

/**
 * One item of a feed: the article's link, and what the feed itself says of it.
 *
 * @param url       the item's link, made absolute against the feed's own URL when the feed gives
 *                  it relative; as written when there is nothing to resolve it against; null when
 *                  the item has no link
 * @param title     the item's title as text, or empty
 * @param published the day the feed says the item was published (RSS pubDate, Atom published or
 *                  else updated, Dublin Core date), or null when it says none the reader understands
 * @param html      what the feed carries of the article (RSS content:encoded, Atom content, or else
 *                  the description or summary), HTML or plain text; null when it carries nothing
 */
public record FeedEntry(String url, String title, LocalDate published, String html) {
    public FeedEntry {
        title = title == null ? "" : title;
    }
}
