package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventWriter;
import org.sitrep.model.Fatalities;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import org.sitrep.model.TimePrecision;

import java.time.LocalDate;

/** An event as one source article coded it, kept in {@code event_sources.coded}: {@link EventWriter#json}'s object, and back. */
final class CodedJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CodedJson() {
    }

    static String write(Event e) {
        return EventWriter.json(e, false);
    }

    /**
     * Returns {@link #write}'s object with the coordinates as they are rather than to 4 decimals, so
     * that {@link #read} gives back the very event: for an event on its way to be stored.
     */
    static String writeExact(Event e) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode n = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(write(e));
            if (e.place().latitude() != null) n.put("latitude", e.place().latitude());
            if (e.place().longitude() != null) n.put("longitude", e.place().longitude());
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("an event written as JSON does not read back: " + ex.getOriginalMessage(), ex);
        }
    }

    /** Returns the event in {@code json}; throws IllegalArgumentException when it is not one. */
    static Event read(String json) {
        JsonNode n;
        try {
            n = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a stored source's event is not JSON: " + e.getOriginalMessage(), e);
        }
        EventDate date = new EventDate(LocalDate.parse(n.path("event_date").asText()),
                EventRows.byCode(TimePrecision.values(), n.path("time_precision").asInt(), TimePrecision::code));
        Actor actor1 = new Actor(n.path("actor1").asText(), ActorType.fromCode(n.path("inter1").asInt()),
                EventRows.list(n.path("assoc_actor_1").asText()));
        Actor actor2 = new Actor(n.path("actor2").asText(), ActorType.fromCode(n.path("inter2").asInt()),
                EventRows.list(n.path("assoc_actor_2").asText()));
        Place place = new Place(n.path("country").asText(), n.path("iso3").asText(), n.path("admin1").asText(),
                n.path("admin2").asText(), n.path("admin3").asText(), n.path("location").asText(),
                n.path("latitude").isNumber() ? n.path("latitude").asDouble() : null,
                n.path("longitude").isNumber() ? n.path("longitude").asDouble() : null,
                EventRows.byCode(GeoPrecision.values(), n.path("geo_precision").asInt(), GeoPrecision::code),
                n.path("geonameid").isNumber() ? n.path("geonameid").asLong() : null);
        Fatalities fatalities = new Fatalities(n.path("fatalities").asInt(), n.path("fatalities_low").asInt(),
                n.path("fatalities_high").asInt());
        return new Event(n.path("event_id").asText(), n.path("article_id").asText(), date,
                SubEventType.fromLabel(n.path("sub_event_type").asText()), actor1, actor2,
                !n.path("civilian_targeting").asText().isEmpty(), place, fatalities,
                EventRows.list(n.path("tags").asText()), n.path("notes").asText(),
                EvidenceJson.read(n.path("evidence").toString()), n.path("confidence").asDouble(), n.path("language").asText(),
                n.path("source").asText(), n.path("source_url").asText());
    }
}
