package org.sitrep.quantity;

/** Which side a group of people named in a report is usually on. */
public enum Side {
    STATE, ARMED, CIVILIAN, PROTESTER, GENERAL
}
