package org.sitrep.model;

/** ACLED's geo precision: how well the event's place is known. */
public enum GeoPrecision {
    /** The named town itself. */
    TOWN(1),
    /** Near a town, or a small part of a district, coded to that town. */
    NEAR_TOWN(2),
    /** Only a larger region is known, coded to its capital or centre. */
    REGION(3);

    private final int code;

    GeoPrecision(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
