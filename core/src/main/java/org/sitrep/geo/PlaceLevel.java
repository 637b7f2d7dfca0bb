package org.sitrep.geo;

/** How large a gazetteer place is: a country, a first- or second-level area, or a populated place. */
public enum PlaceLevel {
    COUNTRY("country"), ADMIN1("admin1"), ADMIN2("admin2"), PLACE("place");

    private final String label;

    PlaceLevel(String label) {
        this.label = label;
    }

    /** Returns the spelling used by `sitrep geocode`: "country", "admin1", "admin2", "place". */
    public String label() {
        return label;
    }
}
