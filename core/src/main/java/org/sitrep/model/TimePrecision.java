package org.sitrep.model;

/** ACLED's time precision: how well the event's day is known. */
public enum TimePrecision {
    /** The day is known. */
    DAY(1),
    /** Known to a week or a range of days; the date is the range's middle day. */
    WEEK(2),
    /** Only the month is known; the date is the 15th. */
    MONTH(3);

    private final int code;

    TimePrecision(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
