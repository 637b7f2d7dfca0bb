package org.sitrep.geo;

import org.sitrep.model.GeoPrecision;

import java.util.List;

/**
 * A phrase that says where something happened: "in the western Tahoua region", "near the border
 * with Mali", "in Seme (Toeni, Sourou)".
 *
 * @param location the place as ACLED's {@code location} would hold it ("Tahoua region", "Seme")
 * @param kind     what sort of place it names
 * @param names    every proper name in it, the main one first, for gazetteer look-ups
 * @param start    character offset of the phrase in the text searched
 * @param end      character offset just past it
 */
public record PlacePhrase(String location, Kind kind, List<String> names, int start, int end) {
    public PlacePhrase {
        names = List.copyOf(names);
    }

    public enum Kind {
        /** A named town or village: "in Seme". */
        TOWN(GeoPrecision.TOWN),
        /** Near a named town: "near Djibo", "30 km north of Djibo", "between Gao and Ansongo". */
        NEAR_TOWN(GeoPrecision.NEAR_TOWN),
        /** A named region: "Tahoua region", "Borno State", "Kanbalu township". */
        REGION(GeoPrecision.REGION),
        /** Part of a country: "south-western Niger". */
        PART_OF_COUNTRY(GeoPrecision.REGION),
        /** A border area: "near the border with Mali". */
        BORDER(GeoPrecision.REGION),
        /** A country alone: "in Niger". */
        COUNTRY(GeoPrecision.REGION);

        private final GeoPrecision precision;

        Kind(GeoPrecision precision) {
            this.precision = precision;
        }

        public GeoPrecision precision() {
            return precision;
        }
    }
}
