package org.sitrep.model;

/** ACLED's actor types, the "inter" codes. */
public enum ActorType {
    NONE(0),
    STATE_FORCES(1),
    REBEL_GROUP(2),
    POLITICAL_MILITIA(3),
    IDENTITY_MILITIA(4),
    RIOTERS(5),
    PROTESTERS(6),
    CIVILIANS(7),
    EXTERNAL_FORCES(8);

    private final int code;

    ActorType(int code) {
        this.code = code;
    }

    /** Returns the inter code, 0 to 8. */
    public int code() {
        return code;
    }

    public boolean isArmed() {
        return code >= 1 && code <= 4 || code == 8;
    }

    /** Returns the type with this inter code, or throws IllegalArgumentException. */
    public static ActorType fromCode(int code) {
        for (ActorType t : values()) {
            if (t.code == code) return t;
        }
        throw new IllegalArgumentException("unknown inter code: " + code);
    }

    /** ACLED's interaction code: the two inter codes, lower digit first (12, 27, 60). */
    public static int interaction(ActorType a, ActorType b) {
        int x = a.code, y = b.code;
        return x == 0 || y == 0 ? Math.max(x, y) * 10 : Math.min(x, y) * 10 + Math.max(x, y);
    }
}
