package org.sitrep.model;

import java.util.List;

/**
 * One side of an event, named ACLED style ("Military Forces of Niger", "Civilians (Mali)").
 *
 * @param name       the ACLED-style name
 * @param type       the actor type (inter code)
 * @param associated associated actors ("Farmers (Mali)"), possibly empty
 */
public record Actor(String name, ActorType type, List<String> associated) {
    public static final Actor NONE = new Actor("", ActorType.NONE, List.of());

    public Actor {
        associated = List.copyOf(associated);
    }

    public Actor(String name, ActorType type) {
        this(name, type, List.of());
    }

    public boolean isNone() {
        return type == ActorType.NONE;
    }
}
