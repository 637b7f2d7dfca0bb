package org.sitrep.quantity;

/**
 * Deaths a sentence reports for one group of people.
 *
 * @param count      how many, with ACLED's conventions applied
 * @param side       who they were, when the text says
 * @param noun       the noun for them ("soldiers"), or empty
 * @param definite   true when the group was named before ("the soldiers"): it may repeat a count
 * @param stated     true when the text gives a number, false when it only says "were killed"
 * @param start      character offset of the evidence in the text
 * @param end        character offset just past the evidence
 */
public record Deaths(Count count, Side side, String noun, boolean definite, boolean stated, int start, int end) {
}
