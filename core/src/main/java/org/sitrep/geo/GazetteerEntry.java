package org.sitrep.geo;

/**
 * One place of the gazetteer.
 *
 * @param geonameid   GeoNames id, or 0 when the place does not come from GeoNames
 * @param name        its name ("Tahoua", "Tillabéri", "Niger")
 * @param latitude    WGS84 degrees: the town itself, or an area's seat or centre
 * @param longitude   WGS84 degrees
 * @param level       country, admin1, admin2 or place
 * @param featureCode GeoNames feature code (PPL, PPLA, PPLC, ADM1, ADM2, PCLI...), or empty
 * @param countryCode ISO 3166 alpha-2 of its country
 * @param admin1      the name of the first-level area it lies in (its own name for an admin1), or empty
 * @param admin2      the name of the second-level area it lies in (its own name for an admin2), or empty
 * @param population  inhabitants, 0 when unknown
 * @param source      where it came from: "geonames", "countrystatecity", or a user file's name
 */
public record GazetteerEntry(long geonameid, String name, double latitude, double longitude, PlaceLevel level,
                             String featureCode, String countryCode, String admin1, String admin2, long population,
                             String source) {
}
