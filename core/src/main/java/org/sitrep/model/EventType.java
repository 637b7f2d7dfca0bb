package org.sitrep.model;

/** The six ACLED event types, each with its ACLED spelling and disorder type. */
public enum EventType {
    BATTLES("Battles", DisorderType.POLITICAL_VIOLENCE),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians", DisorderType.POLITICAL_VIOLENCE),
    EXPLOSIONS("Explosions/Remote violence", DisorderType.POLITICAL_VIOLENCE),
    PROTESTS("Protests", DisorderType.DEMONSTRATIONS),
    RIOTS("Riots", DisorderType.DEMONSTRATIONS),
    STRATEGIC_DEVELOPMENTS("Strategic developments", DisorderType.STRATEGIC_DEVELOPMENTS);

    private final String label;
    private final DisorderType disorder;

    EventType(String label, DisorderType disorder) {
        this.label = label;
        this.disorder = disorder;
    }

    /** Returns the ACLED spelling, e.g. "Explosions/Remote violence". */
    public String label() {
        return label;
    }

    public DisorderType disorder() {
        return disorder;
    }

    /** Returns true for the types that kill: battles, violence against civilians, explosions. */
    public boolean isViolent() {
        return disorder == DisorderType.POLITICAL_VIOLENCE;
    }

    /** Returns the type with this ACLED spelling, or throws IllegalArgumentException. */
    public static EventType fromLabel(String label) {
        for (EventType t : values()) {
            if (t.label.equalsIgnoreCase(label.trim())) return t;
        }
        throw new IllegalArgumentException("unknown event type: " + label);
    }

    @Override
    public String toString() {
        return label;
    }
}
