package org.sitrep.model;

/**
 * Where an event happened. Coordinates and admin areas are null or empty until a gazetteer
 * resolves them.
 *
 * @param country   English short name as GeoNames spells it, or empty
 * @param iso3      ISO 3166 alpha-3, or empty
 * @param admin1    first-level area, or empty
 * @param admin2    second-level area, or empty
 * @param admin3    third-level area, or empty
 * @param location  the place phrase the coordinates stand for
 * @param latitude  WGS84 degrees, or null
 * @param longitude WGS84 degrees, or null
 * @param precision how well the place is known
 * @param geonameid GeoNames id of {@code location}, or null
 */
public record Place(String country, String iso3, String admin1, String admin2, String admin3,
                    String location, Double latitude, Double longitude, GeoPrecision precision,
                    Long geonameid) {
    public static final Place UNKNOWN = new Place("", "", "", "", "", "", null, null, GeoPrecision.REGION, null);

    public Place {
        country = nz(country);
        iso3 = nz(iso3);
        admin1 = nz(admin1);
        admin2 = nz(admin2);
        admin3 = nz(admin3);
        location = nz(location);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
