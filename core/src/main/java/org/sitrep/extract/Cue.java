package org.sitrep.extract;

/** What a word says about an event: that one happened, what kind, or that it is not an event. */
enum Cue {
    KILL, ATTACK, CLASH,
    EXPLOSIVE, SUICIDE, AIR, AIR_SUPPORT, SHELL, GRENADE, CHEMICAL,
    ABDUCT, SEXUAL, LOOT,
    PROTEST, PROTEST_STRIKE, RIOT, MOB, INTERVENE,
    AGREE, AGREEMENT_NOUN, ARREST, DISRUPT, DISRUPT_FIND, REGAIN, OVERTAKE, BASE, WITHDRAW, CHANGE, CHANGE_WEAK,
    OTHER, PEACEFUL, PLANTING, TREND, FUTURE, WOUND;

    /** Returns true for cues of violence that may kill. */
    boolean isViolent() {
        return switch (this) {
            case KILL, ATTACK, CLASH, WOUND, EXPLOSIVE, SUICIDE, AIR, SHELL, GRENADE, CHEMICAL, ABDUCT, SEXUAL -> true;
            default -> false;
        };
    }

    /** Returns true for cues that make an event of a kind by themselves (as opposed to weapons, hedges, trends). */
    boolean isEventKind() {
        return switch (this) {
            case KILL, ATTACK, CLASH, WOUND, ABDUCT, SEXUAL, LOOT, PROTEST, PROTEST_STRIKE, RIOT, MOB, AGREE, ARREST, DISRUPT,
                 REGAIN, OVERTAKE, BASE, WITHDRAW, CHANGE, OTHER -> true;
            default -> false;
        };
    }

    boolean isWeapon() {
        return switch (this) {
            case EXPLOSIVE, SUICIDE, AIR, SHELL, GRENADE, CHEMICAL -> true;
            default -> false;
        };
    }

    boolean isDemonstration() {
        return this == PROTEST || this == RIOT || this == MOB || this == INTERVENE;
    }
}
