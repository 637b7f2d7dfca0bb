package org.sitrep.geo;

/**
 * A country named in a text, by name ("Niger", "Burma") or by demonym ("Nigerien", "Burmese").
 *
 * @param country the country meant
 * @param start   offset of the first character of the mention in the text
 * @param end     offset just past its last character
 * @param demonym true when the mention is a demonym or adjective rather than a name
 */
public record CountryMention(Country country, int start, int end, boolean demonym) {
}
