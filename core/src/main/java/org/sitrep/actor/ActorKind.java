package org.sitrep.actor;

/** What kind of party an actor phrase names; decides its role in an event. */
public enum ActorKind {
    MILITARY, POLICE, GOVERNMENT, GROUP, ETHNIC, ARMED, CIVILIAN, CIVILIAN_PLACE, PROTESTER, RIOTER;

    /** Returns true for parties that carry weapons. */
    public boolean isArmed() {
        return this == MILITARY || this == POLICE || this == GROUP || this == ARMED || this == ETHNIC;
    }

    public boolean isState() {
        return this == MILITARY || this == POLICE || this == GOVERNMENT;
    }

    public boolean isCivilian() {
        return this == CIVILIAN || this == CIVILIAN_PLACE;
    }
}
