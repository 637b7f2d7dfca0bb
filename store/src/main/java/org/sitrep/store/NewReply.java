package org.sitrep.store;

/**
 * A reply as received, before it is stored: the one place besides the table that holds the
 * author's email.
 *
 * @param targetKind  {@code "event"} or {@code "article"}
 * @param targetId    the event id or the article's row id as text
 * @param parentId    the reply it answers, or null
 * @param name        the author's name
 * @param email       the author's email, for moderation only
 * @param website     the author's http(s) address, or null
 * @param commentHtml the comment, already sanitized
 * @param ipHash      SHA-256 of the client's IP address, hex
 */
public record NewReply(String targetKind, String targetId, Long parentId, String name, String email, String website,
                       String commentHtml, String ipHash) {
    @Override
    public String toString() {
        // Records print every component; a logged NewReply must not print the email.
        return "NewReply[" + targetKind + " " + targetId + ", parent " + parentId + ", name " + name + "]";
    }
}
