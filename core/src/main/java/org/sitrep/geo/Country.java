package org.sitrep.geo;

/**
 * A country or territory of ISO 3166-1.
 *
 * @param name English short name as GeoNames spells it ("Niger", "Ivory Coast", "Myanmar")
 * @param iso2 ISO 3166-1 alpha-2 code ("NE")
 * @param iso3 ISO 3166-1 alpha-3 code ("NER")
 */
public record Country(String name, String iso2, String iso3) {
}
