package org.sitrep.time;

import org.sitrep.model.EventDate;

/**
 * A date expression found in a sentence, resolved against the publication date.
 *
 * @param date     the resolved date, or null when the expression names only a year or older period
 * @param start    character offset of the expression in the text searched
 * @param end      character offset just past it
 * @param explicit true when the text names the day itself ("16 February 2021"), false when it is relative
 */
public record DateMention(EventDate date, int start, int end, boolean explicit) {
    /** Returns true when the expression cannot be placed within a month ("in 2015"). */
    public boolean isVague() {
        return date == null;
    }
}
