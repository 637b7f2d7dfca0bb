package org.sitrep.model;

/**
 * The words that justify one coded value.
 *
 * @param field the event field it justifies ("fatalities", "event_date", ...)
 * @param text  the words themselves, exactly as in the article body
 * @param start character offset of the first character in the article body
 * @param end   character offset just past the last character
 */
public record Evidence(String field, String text, int start, int end) {
    /** Returns the evidence for {@code field} covering {@code body[start, end)}. */
    public static Evidence of(String field, String body, int start, int end) {
        return new Evidence(field, body.substring(start, end), start, end);
    }
}
