package org.sitrep.store;

/**
 * How much the store holds.
 *
 * @param articles the articles read
 * @param events   the events, merged reports counted once
 * @param sources  the links between events and the articles that report them
 */
public record StoreTotals(long articles, long events, long sources) {
}
