package org.sitrep.geo;

/**
 * A place a written name may mean, and how the name reads as that place.
 *
 * @param entry   the place
 * @param reading how the name matched it
 */
record Candidate(GazetteerEntry entry, Reading reading) {

    /** How a name matched a place: the stronger readings say more about what the writer meant. */
    enum Reading {
        /** The country's own name: "Niger", "United States". */
        COUNTRY_NAME,
        /** Another name of the country: "Britain", "Burma", "US". */
        COUNTRY_OTHER_NAME,
        /** A demonym or adjective of the country: "Turkish", "Nigeriens". */
        DEMONYM,
        /** A continent or world region: "Africa", "Middle East", "European". */
        WORLD_REGION,
        /** An abbreviation of a state or province: "Ky.", "B.C.". */
        ABBREVIATION,
        /** The place's own name, with or without a word like Region or County. */
        NAME,
        /** One of the place's other names (often another language's). */
        ALTERNATE_NAME,
        /** The name without a qualifier in front or a word behind: "northern Alberta", "Gaza City". */
        PART
    }

    /** A key naming the place, equal for equal places found by different routes. */
    String identity() {
        // areas have no GeoNames id here: their name, region and point tell them apart
        return entry.level() + "|" + entry.countryCode() + "|" + entry.geonameid() + "|" + entry.name() + "|"
                + entry.admin1() + "|" + entry.admin2() + "|" + entry.latitude() + "|" + entry.longitude();
    }
}
