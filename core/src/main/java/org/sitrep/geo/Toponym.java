package org.sitrep.geo;

/**
 * A place name of a text and the gazetteer place it means.
 *
 * @param start offset of its first character in the text
 * @param end   offset just past its last character
 * @param name  the name as written ("Turkish", "Paris", "Ky.")
 * @param place the place it was resolved to, or null when the gazetteer has none that fits
 */
public record Toponym(int start, int end, String name, GazetteerEntry place) {

    /** Whether the name was resolved to a place. */
    public boolean resolved() {
        return place != null;
    }
}
