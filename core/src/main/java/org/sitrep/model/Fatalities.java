package org.sitrep.model;

/**
 * People killed in one event, all sides together.
 *
 * @param best the conservative total (ACLED's "fatalities")
 * @param low  the lowest figure the sources allow
 * @param high the highest figure the sources allow
 */
public record Fatalities(int best, int low, int high) {
    public static final Fatalities NONE = new Fatalities(0, 0, 0);

    public Fatalities {
        if (best < 0 || low < 0 || high < 0 || low > high) {
            throw new IllegalArgumentException("bad fatalities " + best + " [" + low + ", " + high + "]");
        }
    }

    public static Fatalities exactly(int n) {
        return new Fatalities(n, n, n);
    }

    /** Returns the deaths of two groups of victims added together (soldiers and attackers). */
    public Fatalities plus(Fatalities other) {
        return new Fatalities(best + other.best, low + other.low, high + other.high);
    }
}
