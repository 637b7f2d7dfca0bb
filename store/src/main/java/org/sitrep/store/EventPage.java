package org.sitrep.store;

import org.sitrep.model.Event;

import java.util.List;
import java.util.Map;

/**
 * One page of the events that match a query.
 *
 * @param total    how many events match in all
 * @param events   this page of them, in the query's order
 * @param statuses where each of them stands with the reviewers, by event id
 */
public record EventPage(long total, List<Event> events, Map<String, EventStatus> statuses) {
    public EventPage {
        events = List.copyOf(events);
        statuses = Map.copyOf(statuses);
    }

    /** The same page with the total. */
    EventPage withTotal(long n) {
        return new EventPage(n, events, statuses);
    }

    /** The status of an event of this page ("new" for one it does not hold). */
    public EventStatus status(String eventId) {
        return statuses.getOrDefault(eventId, EventStatus.NEW);
    }
}
