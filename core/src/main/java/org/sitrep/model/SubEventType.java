package org.sitrep.model;

/** The 25 ACLED sub-event types, each with its ACLED spelling and the event type it belongs to. */
public enum SubEventType {
    ARMED_CLASH("Armed clash", EventType.BATTLES),
    GOVERNMENT_REGAINS_TERRITORY("Government regains territory", EventType.BATTLES),
    NON_STATE_OVERTAKES_TERRITORY("Non-state actor overtakes territory", EventType.BATTLES),
    SEXUAL_VIOLENCE("Sexual violence", EventType.VIOLENCE_AGAINST_CIVILIANS),
    ATTACK("Attack", EventType.VIOLENCE_AGAINST_CIVILIANS),
    ABDUCTION("Abduction/forced disappearance", EventType.VIOLENCE_AGAINST_CIVILIANS),
    CHEMICAL_WEAPON("Chemical weapon", EventType.EXPLOSIONS),
    AIR_DRONE_STRIKE("Air/drone strike", EventType.EXPLOSIONS),
    SUICIDE_BOMB("Suicide bomb", EventType.EXPLOSIONS),
    SHELLING("Shelling/artillery/missile attack", EventType.EXPLOSIONS),
    REMOTE_EXPLOSIVE("Remote explosive/landmine/IED", EventType.EXPLOSIONS),
    GRENADE("Grenade", EventType.EXPLOSIONS),
    PEACEFUL_PROTEST("Peaceful protest", EventType.PROTESTS),
    PROTEST_WITH_INTERVENTION("Protest with intervention", EventType.PROTESTS),
    EXCESSIVE_FORCE("Excessive force against protesters", EventType.PROTESTS),
    VIOLENT_DEMONSTRATION("Violent demonstration", EventType.RIOTS),
    MOB_VIOLENCE("Mob violence", EventType.RIOTS),
    AGREEMENT("Agreement", EventType.STRATEGIC_DEVELOPMENTS),
    ARRESTS("Arrests", EventType.STRATEGIC_DEVELOPMENTS),
    CHANGE_TO_GROUP("Change to group/activity", EventType.STRATEGIC_DEVELOPMENTS),
    DISRUPTED_WEAPONS_USE("Disrupted weapons use", EventType.STRATEGIC_DEVELOPMENTS),
    BASE_ESTABLISHED("Headquarters or base established", EventType.STRATEGIC_DEVELOPMENTS),
    LOOTING("Looting/property destruction", EventType.STRATEGIC_DEVELOPMENTS),
    TERRITORY_TRANSFER("Non-violent transfer of territory", EventType.STRATEGIC_DEVELOPMENTS),
    OTHER("Other", EventType.STRATEGIC_DEVELOPMENTS);

    private final String label;
    private final EventType type;

    SubEventType(String label, EventType type) {
        this.label = label;
        this.type = type;
    }

    /** Returns the ACLED spelling, e.g. "Remote explosive/landmine/IED". */
    public String label() {
        return label;
    }

    public EventType type() {
        return type;
    }

    /** Returns the sub-event type with this ACLED spelling, or throws IllegalArgumentException. */
    public static SubEventType fromLabel(String label) {
        for (SubEventType t : values()) {
            if (t.label.equalsIgnoreCase(label.trim())) return t;
        }
        throw new IllegalArgumentException("unknown sub-event type: " + label);
    }

    @Override
    public String toString() {
        return label;
    }
}
