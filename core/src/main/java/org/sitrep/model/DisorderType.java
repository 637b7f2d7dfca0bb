package org.sitrep.model;

/** ACLED's three disorder types. */
public enum DisorderType {
    POLITICAL_VIOLENCE("Political violence"),
    DEMONSTRATIONS("Demonstrations"),
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    private final String label;

    DisorderType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
