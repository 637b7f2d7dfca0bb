package org.sitrep.flink;

/** One event as stored after a change, for the events topic: its id (the message key) and its JSON. A Flink POJO. */
public class EventMessage {
    public String eventId;
    public String json;

    public EventMessage() {
    }

    EventMessage(String eventId, String json) {
        this.eventId = eventId;
        this.json = json;
    }
}
