package org.sitrep.store;

import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * One reply of a public thread, as pages show it. It holds no email address on purpose: whatever
 * shows a reply cannot show its author's address, which only moderators see in the table.
 *
 * @param id          the reply's row id
 * @param targetKind  what it answers: {@code "event"} or {@code "article"}
 * @param targetId    the event id ({@code NER-000001}) or the article's row id as text
 * @param parentId    the reply it answers in the same thread, or null
 * @param name        the name its author gave
 * @param website     the author's http(s) address, or null
 * @param commentHtml the comment, sanitized before it was stored
 * @param status      held, approved or deleted
 * @param createdAt   when it was received
 */
public record Reply(long id, String targetKind, String targetId, Long parentId, String name, String website,
                    String commentHtml, Status status, OffsetDateTime createdAt) {

    /** Where a reply is in moderation; only approved replies are shown. */
    public enum Status {
        HELD, APPROVED, DELETED;

        /** The spelling stored in {@code replies.status}. */
        public String spelling() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Status of(String spelling) {
            return valueOf(spelling.toUpperCase(Locale.ROOT));
        }
    }
}
