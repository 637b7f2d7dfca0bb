package org.sitrep.actor;

import org.sitrep.model.ActorType;

/**
 * An actor named in a sentence.
 *
 * @param name     the ACLED-style name, with "{country}" still to fill when the text gives none
 * @param type     the inter code
 * @param kind     what kind of party it is
 * @param from     first token
 * @param to       token just past it
 * @param start    character offset in the sentence
 * @param end      character offset just past it
 * @param agent    true when the grammar makes it the doer ("attacked by X", "X attacked")
 * @param home     ISO3 of the one country the actor operates in, or empty
 */
public record ActorMention(String name, ActorType type, ActorKind kind, int from, int to, int start, int end,
                           boolean agent, String home) {
    /** Returns the name with the event's country filled in where the text named none. */
    public String nameIn(String country) {
        return name.replace("{country}", country).replace("{of}", country);
    }
}
