package org.sitrep.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreTotals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;

/** The routes about the server itself: health, metrics, and the OpenAPI document. */
final class StatusEndpoints {
    /** The hand-written OpenAPI 3.1 document, a resource next to this class. */
    static final String OPENAPI_RESOURCE = "openapi.json";

    private final EventStore store;
    private final RequestMetrics metrics;
    private final PageCache pages;
    private final byte[] openApi;

    StatusEndpoints(EventStore store, RequestMetrics metrics, PageCache pages) {
        this.store = store;
        this.metrics = metrics;
        this.pages = pages;
        this.openApi = openApiDocument();
    }

    /** {@code GET /api/health}: 200 with the number of events when the store answers, else 503. */
    void health(Context ctx) {
        QueryParameters.expectNone(ctx.queryParamMap());
        ObjectNode out = ApiJson.MAPPER.createObjectNode();
        StoreTotals totals = totals();
        out.put("status", totals == null ? "unavailable" : "ok");
        out.put("store", store.location());
        if (totals != null) out.put("events", totals.events());
        ctx.status(totals == null ? 503 : 200).json(out);
    }

    /** {@code GET /api/metrics}: request counts and durations, store totals and heap, for Prometheus. */
    void metrics(Context ctx) {
        QueryParameters.expectNone(ctx.queryParamMap());
        long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        ctx.contentType(RequestMetrics.CONTENT_TYPE).result(metrics.exposition(totals(), heapUsed) + pages.exposition());
    }

    /** {@code GET /api/openapi.json}: what every route takes and answers. */
    void openApi(Context ctx) {
        QueryParameters.expectNone(ctx.queryParamMap());
        ctx.contentType("application/json").result(openApi);
    }

    /** Returns the store's totals, or null (after saying why on stderr) when it does not answer. */
    private StoreTotals totals() {
        try {
            return store.totals();
        } catch (RuntimeException e) {
            System.err.println("sitrep server: the store does not answer: " + e.getMessage());
            return null;
        }
    }

    private static byte[] openApiDocument() {
        try (InputStream in = StatusEndpoints.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) throw new IllegalStateException("the jar lacks " + OPENAPI_RESOURCE);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
