package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events one article reports in one country, with the article: what a writer responsible for
 * that country stores ({@link EventStore#addPart}). Reports of one occurrence are always in one
 * country ({@link SameOccurrence}), so writers of different countries never merge into each
 * other's events and may run side by side.
 *
 * @param article the article as read
 * @param iso3    the country's ISO3 code, empty for events whose country is unknown
 * @param events  the article's events in that country, in the order the extractor coded them
 */
public record ReportPart(Article article, String iso3, List<Event> events) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ReportPart {
        iso3 = iso3 == null ? "" : iso3;
        events = List.copyOf(events);
    }

    /**
     * Returns {@code events}, all read from {@code article}, as one part per country in the order
     * the countries first appear; an article without events is one part without events, so that the
     * article is still stored.
     */
    public static List<ReportPart> split(Article article, List<Event> events) {
        if (events.isEmpty()) return List.of(new ReportPart(article, "", List.of()));
        Map<String, List<Event>> byCountry = new LinkedHashMap<>();
        for (Event e : events) byCountry.computeIfAbsent(e.place().iso3(), k -> new ArrayList<>()).add(e);
        List<ReportPart> parts = new ArrayList<>();
        byCountry.forEach((iso3, list) -> parts.add(new ReportPart(article, iso3, list)));
        return parts;
    }

    /** Returns this part as one JSON object that {@link #fromJson} reads back unchanged. */
    public String toJson() {
        ObjectNode n = JSON.createObjectNode();
        ObjectNode a = n.putObject("article");
        a.put("id", article.id());
        a.put("url", article.url());
        a.put("title", article.title());
        a.put("published", article.published() == null ? null : article.published().toString());
        a.put("language", article.language());
        a.put("source", article.source());
        a.put("body", article.body());
        n.put("iso3", iso3);
        ArrayNode list = n.putArray("events");
        try {
            for (Event e : events) list.add(JSON.readTree(CodedJson.writeExact(e)));
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a part cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Returns the part {@link #toJson} wrote.
     *
     * @throws IllegalArgumentException when {@code json} is not such a part
     */
    public static ReportPart fromJson(String json) {
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a report part is not JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode a = n.path("article");
        if (!a.hasNonNull("id") || !a.hasNonNull("body")) throw new IllegalArgumentException("a report part has no article");
        Article article = new Article(a.get("id").asText(), text(a, "url"), text(a, "title"),
                a.hasNonNull("published") ? LocalDate.parse(a.get("published").asText()) : null, text(a, "language"),
                text(a, "source"), a.get("body").asText());
        List<Event> events = new ArrayList<>();
        for (JsonNode e : n.path("events")) events.add(CodedJson.read(e.toString()));
        return new ReportPart(article, n.path("iso3").asText(), events);
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
