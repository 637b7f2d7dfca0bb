package org.sitrep.server;

import org.junit.jupiter.api.Test;
import org.sitrep.store.StoreTotals;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestMetricsTest {
    @Test
    void bucketsCountEveryRequestAtOrBelowTheirBound() {
        RequestMetrics m = new RequestMetrics();
        m.record("GET", "/api/events", 200, 0.003);
        m.record("GET", "/api/events", 200, 0.2);
        m.record("GET", "/api/events", 400, 12.0);
        String text = m.exposition(new StoreTotals(3, 2, 4), 1024);
        String series = "sitrep_http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/events\",";
        assertTrue(text.contains(series + "le=\"0.005\"} 1\n"), text);
        assertTrue(text.contains(series + "le=\"0.1\"} 1\n"), text);
        assertTrue(text.contains(series + "le=\"0.5\"} 2\n"), text);
        assertTrue(text.contains(series + "le=\"10.0\"} 2\n"), text);
        assertTrue(text.contains(series + "le=\"+Inf\"} 3\n"), text);
        assertTrue(text.contains("sitrep_http_request_duration_seconds_sum{method=\"GET\",route=\"/api/events\"} 12.203000\n"), text);
        assertTrue(text.contains("sitrep_http_requests_total{method=\"GET\",route=\"/api/events\",status=\"200\"} 2\n"), text);
        assertTrue(text.contains("sitrep_http_requests_total{method=\"GET\",route=\"/api/events\",status=\"400\"} 1\n"), text);
    }

    @Test
    void storeTotalsAreGaugesAndAMissingStoreSaysDown() {
        RequestMetrics m = new RequestMetrics();
        String up = m.exposition(new StoreTotals(3, 2, 4), 1024);
        assertTrue(up.contains("# TYPE sitrep_store_events gauge\nsitrep_store_events 2\n"), up);
        assertTrue(up.contains("sitrep_store_up 1\n"), up);
        assertTrue(up.contains("jvm_memory_heap_used_bytes 1024\n"), up);
        String down = m.exposition(null, 1024);
        assertTrue(down.contains("sitrep_store_up 0\n"), down);
        assertFalse(down.contains("sitrep_store_events"), down);
    }

    @Test
    void labelValuesAreEscaped() {
        RequestMetrics m = new RequestMetrics();
        m.record("GET", "/a\"b\\c", 200, 0.001);
        assertTrue(m.exposition(null, 0).contains("route=\"/a\\\"b\\\\c\""));
    }
}
