package org.sitrep.quantity;

/**
 * A number of people as a text states it.
 *
 * @param best   the conservative figure (ACLED: "at least 29" = 29, "several dozen" = 12)
 * @param low    the lowest figure the words allow
 * @param high   the highest figure the words allow
 * @param vague  true for vague counts ("dozens", "several"), false for a stated number
 * @param from   first token of the count
 * @param to     token just past the count
 */
public record Count(int best, int low, int high, boolean vague, int from, int to) {
}
