package org.sitrep.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes events in the schema's spellings: JSON (an array), JSON lines, CSV in the schema's column
 * order, or GeoJSON. One writer per output; call {@link #begin()}, {@link #write(Event)} for each
 * event, then {@link #end()}.
 */
public final class EventWriter {
    /** The output formats. */
    public enum Format { JSON, JSONL, CSV, GEOJSON }

    /** CSV columns, in EVENT-SCHEMA.md's order. */
    public static final List<String> COLUMNS = List.of("event_id", "article_id", "event_date", "time_precision",
            "event_type", "sub_event_type", "disorder_type", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2",
            "inter1", "inter2", "interaction", "civilian_targeting", "country", "iso3", "admin1", "admin2", "admin3",
            "location", "latitude", "longitude", "geo_precision", "geonameid", "fatalities", "fatalities_low",
            "fatalities_high", "tags", "notes", "evidence", "confidence", "language", "source", "source_url");

    private static final JsonFactory JSON = new JsonFactory();

    private final Format format;
    private final Writer out;
    private final String attribution;
    private final boolean withStatus;
    private boolean first = true;

    /** A writer of {@code format} to {@code out}; {@code attribution} goes into formats with metadata (JSON, GeoJSON). */
    public EventWriter(Format format, Writer out, String attribution) {
        this(format, out, attribution, false);
    }

    /**
     * A writer whose events carry one more field after the schema's: {@code status} (the store's
     * "new", "verified"), given with each event to {@link #write(Event, String)}.
     */
    public EventWriter(Format format, Writer out, String attribution, boolean withStatus) {
        this.format = format;
        this.out = out;
        this.attribution = attribution == null ? "" : attribution;
        this.withStatus = withStatus;
    }

    /** Writes what comes before the first event (CSV header, array or collection opening). */
    public void begin() {
        try {
            switch (format) {
                case CSV -> out.write(String.join(",", COLUMNS) + (withStatus ? ",status" : "") + "\n");
                case JSON -> out.write("[");
                case GEOJSON -> out.write("{\"type\":\"FeatureCollection\",\"metadata\":{\"attribution\":"
                        + quoted(attribution) + "},\"features\":[");
                case JSONL -> {
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one event. */
    public void write(Event e) {
        write(e, null);
    }

    /** Writes one event with its status, when this writer was made with one (else the status is left out). */
    public void write(Event e, String status) {
        String st = withStatus ? (status == null ? "" : status) : null;
        try {
            switch (format) {
                case CSV -> out.write(csvRow(e) + (st == null ? "" : "," + csvCell(st)) + "\n");
                case JSONL -> out.write(json(e, false, st) + "\n");
                case JSON -> {
                    out.write(first ? "\n" : ",\n");
                    out.write(json(e, true, st));
                }
                case GEOJSON -> {
                    out.write(first ? "\n" : ",\n");
                    out.write(feature(e, st));
                }
            }
            first = false;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Writes what comes after the last event and flushes. */
    public void end() {
        try {
            switch (format) {
                case JSON -> out.write(first ? "]\n" : "\n]\n");
                case GEOJSON -> out.write(first ? "]}\n" : "\n]}\n");
                default -> {
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns one event as a JSON object with the schema's field names. */
    public static String json(Event e, boolean pretty) {
        return json(e, pretty, null);
    }

    /** Returns one event as a JSON object with the schema's field names and, when not null, its status last. */
    public static String json(Event e, boolean pretty, String status) {
        java.io.StringWriter w = new java.io.StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            if (pretty) g.setPrettyPrinter(new DefaultPrettyPrinter());
            fields(g, e, status);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return w.toString();
    }

    private static void fields(JsonGenerator g, Event e, String status) throws IOException {
        Place p = e.place();
        g.writeStartObject();
        g.writeStringField("event_id", e.eventId());
        g.writeStringField("article_id", e.articleId());
        g.writeStringField("event_date", e.date().date().toString());
        g.writeNumberField("time_precision", e.date().precision().code());
        g.writeStringField("event_type", e.type().label());
        g.writeStringField("sub_event_type", e.subType().label());
        g.writeStringField("disorder_type", e.type().disorder().label());
        g.writeStringField("actor1", e.actor1().name());
        g.writeStringField("actor2", e.actor2().name());
        g.writeStringField("assoc_actor_1", String.join("; ", e.actor1().associated()));
        g.writeStringField("assoc_actor_2", String.join("; ", e.actor2().associated()));
        g.writeNumberField("inter1", e.actor1().type().code());
        g.writeNumberField("inter2", e.actor2().type().code());
        g.writeNumberField("interaction", e.interaction());
        g.writeStringField("civilian_targeting", e.civilianTargeting() ? "Civilian targeting" : "");
        g.writeStringField("country", p.country());
        g.writeStringField("iso3", p.iso3());
        g.writeStringField("admin1", p.admin1());
        g.writeStringField("admin2", p.admin2());
        g.writeStringField("admin3", p.admin3());
        g.writeStringField("location", p.location());
        if (p.latitude() == null) g.writeNullField("latitude"); else g.writeNumberField("latitude", round4(p.latitude()));
        if (p.longitude() == null) g.writeNullField("longitude"); else g.writeNumberField("longitude", round4(p.longitude()));
        g.writeNumberField("geo_precision", p.precision().code());
        if (p.geonameid() == null) g.writeNullField("geonameid"); else g.writeNumberField("geonameid", p.geonameid());
        g.writeNumberField("fatalities", e.fatalities().best());
        g.writeNumberField("fatalities_low", e.fatalities().low());
        g.writeNumberField("fatalities_high", e.fatalities().high());
        g.writeStringField("tags", String.join("; ", e.tags()));
        g.writeStringField("notes", e.notes());
        g.writeArrayFieldStart("evidence");
        for (Evidence ev : e.evidence()) {
            g.writeStartObject();
            g.writeStringField("field", ev.field());
            g.writeStringField("text", ev.text());
            g.writeNumberField("start", ev.start());
            g.writeNumberField("end", ev.end());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("confidence", e.confidence());
        g.writeStringField("language", e.language());
        g.writeStringField("source", e.source());
        g.writeStringField("source_url", e.sourceUrl());
        if (status != null) g.writeStringField("status", status);
        g.writeEndObject();
    }

    private String feature(Event e, String status) throws IOException {
        java.io.StringWriter w = new java.io.StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("type", "Feature");
            if (e.place().latitude() == null || e.place().longitude() == null) {
                g.writeNullField("geometry");
            } else {
                g.writeObjectFieldStart("geometry");
                g.writeStringField("type", "Point");
                g.writeArrayFieldStart("coordinates");
                g.writeNumber(round4(e.place().longitude()));
                g.writeNumber(round4(e.place().latitude()));
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeFieldName("properties");
            fields(g, e, status);
            g.writeEndObject();
        }
        return w.toString();
    }

    /** Returns one event as a CSV row in {@link #COLUMNS} order; evidence is a JSON array in one cell. */
    public static String csvRow(Event e) {
        Place p = e.place();
        String evidence = e.evidence().stream()
                .map(ev -> "{\"field\":" + quoted(ev.field()) + ",\"text\":" + quoted(ev.text()) + ",\"start\":" + ev.start()
                        + ",\"end\":" + ev.end() + "}")
                .collect(Collectors.joining(",", "[", "]"));
        List<Object> cells = List.of(e.eventId(), e.articleId(), e.date().date(), e.date().precision().code(),
                e.type().label(), e.subType().label(), e.type().disorder().label(), e.actor1().name(), e.actor2().name(),
                String.join("; ", e.actor1().associated()), String.join("; ", e.actor2().associated()),
                e.actor1().type().code(), e.actor2().type().code(), e.interaction(),
                e.civilianTargeting() ? "Civilian targeting" : "", p.country(), p.iso3(), p.admin1(), p.admin2(), p.admin3(),
                p.location(), p.latitude() == null ? "" : round4(p.latitude()), p.longitude() == null ? "" : round4(p.longitude()),
                p.precision().code(), p.geonameid() == null ? "" : p.geonameid(), e.fatalities().best(),
                e.fatalities().low(), e.fatalities().high(), String.join("; ", e.tags()), e.notes(), evidence,
                e.confidence(), e.language(), e.source(), e.sourceUrl());
        return cells.stream().map(c -> csvCell(String.valueOf(c))).collect(Collectors.joining(","));
    }

    private static String csvCell(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static double round4(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }

    private static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c)); else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
