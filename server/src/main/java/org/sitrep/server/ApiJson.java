package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventWriter;
import org.sitrep.model.Evidence;
import org.sitrep.store.EventPage;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventSource;
import org.sitrep.store.EventStatus;
import org.sitrep.store.HistoryEntry;
import org.sitrep.store.StoredArticle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The JSON bodies the API answers with, field names spelt as EVENT-SCHEMA.md spells them. An event
 * is always {@link EventWriter#json}'s object, so the API, the exports and the CLI agree on it.
 */
final class ApiJson {
    /** Strict about what clients post: trailing garbage or a field given twice is an error, not a guess. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ApiJson() {
    }

    /** Returns one event as the schema's JSON object. */
    static ObjectNode event(Event e) {
        return (ObjectNode) parse(EventWriter.json(e, false));
    }

    /**
     * Returns one page of events with the total, the page and the order that produced it, as JSON
     * text: each event is written once by the schema's writer, not parsed back into a tree.
     */
    static String page(EventQuery query, EventPage page) {
        StringBuilder out = new StringBuilder(1024 + 1500 * page.events().size());
        out.append("{\"total\":").append(page.total())
                .append(",\"limit\":").append(query.limit())
                .append(",\"offset\":").append(query.offset())
                .append(",\"sort\":").append(MAPPER.getNodeFactory().textNode(query.sort().toString()))
                .append(",\"events\":[");
        for (int i = 0; i < page.events().size(); i++) {
            if (i > 0) out.append(',');
            Event e = page.events().get(i);
            out.append(EventWriter.json(e, false, page.status(e.eventId()).label()));
        }
        return out.append("]}").toString();
    }

    /** Returns an event with the articles that report it and what happened to it since it was stored. */
    static ObjectNode eventWithSources(Event e, EventStatus status, List<EventSource> sources, List<HistoryEntry> history) {
        ObjectNode out = event(e);
        out.put("status", status.label());
        ArrayNode sourceArray = out.putArray("sources");
        for (EventSource s : sources) {
            ObjectNode source = sourceArray.addObject();
            source.put("article_id", s.articleId());
            source.put("url", s.url());
            source.put("title", s.title());
            source.put("source", s.source());
            source.put("published", date(s.published()));
            source.put("added_at", time(s.addedAt()));
            source.set("evidence", evidence(s.evidence()));
            source.set("coded", event(s.coded()));
        }
        ArrayNode historyArray = out.putArray("history");
        for (HistoryEntry h : history) {
            ObjectNode entry = historyArray.addObject();
            entry.put("action", h.action());
            entry.set("detail", detail(h.detail()));
            entry.put("at", time(h.at()));
        }
        return out;
    }

    /** Returns a stored article, its body as read, and the ids of the events it reports. */
    static ObjectNode article(StoredArticle stored, List<String> eventIds) {
        Article a = stored.article();
        ObjectNode out = MAPPER.createObjectNode();
        out.put("id", stored.id());
        out.put("input_id", a.id());
        out.put("url", a.url());
        out.put("title", a.title());
        out.put("published", date(a.published()));
        out.put("source", a.source());
        out.put("language", a.language());
        out.put("body", a.body());
        out.put("fetched_at", time(stored.fetchedAt()));
        ArrayNode events = out.putArray("events");
        eventIds.forEach(events::add);
        return out;
    }

    /** Returns what a POST of an article did: its row id, whether it was new, and its events as stored. */
    static ObjectNode submitted(long articleId, boolean added, List<Event> events) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("article_id", articleId);
        out.put("added", added);
        ArrayNode array = out.putArray("events");
        events.forEach(e -> array.add(event(e)));
        return out;
    }

    /** Returns the error body: one sentence, and the parameter to blame when there is one. */
    static ObjectNode error(String message, String parameter) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("error", message);
        if (parameter != null) out.put("parameter", parameter);
        return out;
    }

    private static ArrayNode evidence(List<Evidence> evidence) {
        ArrayNode out = MAPPER.createArrayNode();
        for (Evidence ev : evidence) {
            ObjectNode span = out.addObject();
            span.put("field", ev.field());
            span.put("text", ev.text());
            span.put("start", ev.start());
            span.put("end", ev.end());
        }
        return out;
    }

    /** The store keeps a history entry's detail as JSON text; the API gives it as JSON. */
    private static JsonNode detail(String json) {
        if (json == null || json.isBlank()) return MAPPER.nullNode();
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return MAPPER.getNodeFactory().textNode(json);
        }
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** Always with seconds, unlike {@code OffsetDateTime.toString()}, so clients parse one shape. */
    private static String time(OffsetDateTime t) {
        return t == null ? null : t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("EventWriter wrote JSON that does not parse: " + e.getOriginalMessage(), e);
        }
    }
}
