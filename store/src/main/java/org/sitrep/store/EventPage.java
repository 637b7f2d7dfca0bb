package org.sitrep.store;

import org.sitrep.model.Event;

import java.util.List;

/**
 * One page of the events that match a query.
 *
 * @param total  how many events match in all
 * @param events this page of them, in the query's order
 */
public record EventPage(long total, List<Event> events) {
    public EventPage {
        events = List.copyOf(events);
    }
}
