package org.sitrep.geo;

/**
 * How strongly a set of place names points to one country.
 *
 * @param country the country
 * @param score   the summed weight of the names that match a place, district or region of it;
 *                a region match weighs 3, a district 2, a town 0.75 to 2 by its size (see {@link PlaceCountries})
 * @param names   how many of the names matched something in the country
 */
public record CountryScore(Country country, double score, int names) {
}
