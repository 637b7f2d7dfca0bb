package org.sitrep.server;

import io.javalin.http.Context;
import org.sitrep.geo.Gazetteer;
import org.sitrep.model.Event;
import org.sitrep.model.EventWriter;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStatus;
import org.sitrep.store.EventStore;
import org.sitrep.store.Reviews;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The read-only event routes: search, one event with its sources, and the exports. */
final class EventEndpoints {
    private final EventStore store;
    private final PageCache pages;
    private final Reviews reviews;

    EventEndpoints(EventStore store, PageCache pages) {
        this.store = store;
        this.pages = pages;
        this.reviews = new Reviews(store);
    }

    /** {@code GET /api/events}: one page of the events the filters match, and how many match in all. */
    void search(Context ctx) {
        EventQuery query = EventFilter.parse(ctx.queryParamMap());
        ctx.contentType("application/json").result(pages.get(query, q -> ApiJson.page(q, store.find(q))));
    }

    /** {@code GET /api/events/{id}}: the event, the articles that report it, and its history. */
    void event(Context ctx) {
        QueryParameters.expectNone(ctx.queryParamMap());
        String id = ctx.pathParam("id");
        Optional<Event> found = store.event(id);
        if (found.isEmpty()) {
            String into = store.mergedInto(id).orElseThrow(() -> ApiError.notFound("id", "There is no event '" + id + "'."));
            ctx.status(301).header("Location", "/api/events/" + into)
                    .json(ApiJson.error("Event " + id + " was merged into " + into + ".", "id"));
            return;
        }
        Event event = found.get();
        EventStatus status = reviews.status(id);
        if (status == EventStatus.REJECTED) throw ApiError.notFound("id", "There is no event '" + id + "'.");
        ctx.json(ApiJson.eventWithSources(event, status, store.sourcesOf(id), store.history(id)));
    }

    /**
     * {@code GET /api/events.<format>}: every event the filters match, in the asked order, whatever
     * {@code limit} and {@code offset} say. Streamed from the database to the client, so an export
     * of the whole store needs no more memory than one event.
     */
    void export(Context ctx, ExportFormat format) {
        EventQuery query = EventFilter.parse(ctx.queryParamMap());
        ctx.contentType(format.contentType).header("Content-Disposition", format.contentDisposition());
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        EventWriter writer = new EventWriter(format.writerFormat, out, Gazetteer.ATTRIBUTION, true);
        writer.begin();
        store.forEachWithStatus(query, (e, status) -> writer.write(e, status.label()));
        writer.end();
    }
}
