package org.sitrep.server;

import org.sitrep.store.StoreTotals;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the requests the server answered and how long they took, and writes them, the store's
 * totals and the heap in use in Prometheus' text exposition format (version 0.0.4). Safe to
 * record from many threads at once.
 */
final class RequestMetrics {
    /** The Content-Type of {@link #exposition}. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /** Upper bounds of the duration histogram's buckets, in seconds: a page, a search, an export, an extraction. */
    static final double[] BUCKETS = {0.005, 0.025, 0.1, 0.5, 2.5, 10};
    /** The route label of requests no route matched; one label, whatever paths clients try. */
    static final String UNMATCHED = "unmatched";

    private record Route(String method, String route) {
    }

    private record Outcome(String method, String route, int status) {
    }

    /** One route's durations: a count per bucket (not cumulative; summed when written), the sum and the count. */
    private static final class Durations {
        final LongAdder[] buckets = new LongAdder[BUCKETS.length];
        final DoubleAdder sum = new DoubleAdder();
        final LongAdder count = new LongAdder();

        Durations() {
            for (int i = 0; i < buckets.length; i++) buckets[i] = new LongAdder();
        }
    }

    private final ConcurrentMap<Outcome, LongAdder> requests = new ConcurrentHashMap<>();
    private final ConcurrentMap<Route, Durations> durations = new ConcurrentHashMap<>();

    /**
     * Counts one answered request.
     *
     * @param method  the HTTP method
     * @param route   the route's path template ({@code /api/events/{id}}), or {@link #UNMATCHED}
     * @param status  the status answered
     * @param seconds how long it took
     */
    void record(String method, String route, int status, double seconds) {
        requests.computeIfAbsent(new Outcome(method, route, status), k -> new LongAdder()).increment();
        Durations d = durations.computeIfAbsent(new Route(method, route), k -> new Durations());
        for (int i = 0; i < BUCKETS.length; i++) {
            if (seconds <= BUCKETS[i]) {
                d.buckets[i].increment();
                break;
            }
        }
        d.sum.add(seconds);
        d.count.increment();
    }

    /**
     * Returns the metrics as Prometheus text.
     *
     * @param totals        what the store holds, or null when it could not be counted
     * @param heapUsedBytes the JVM heap in use
     */
    String exposition(StoreTotals totals, long heapUsedBytes) {
        StringBuilder out = new StringBuilder();
        header(out, "sitrep_http_requests_total", "counter", "HTTP requests answered, by route and status.");
        requests.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Outcome::route).thenComparing(Outcome::method)
                        .thenComparingInt(Outcome::status)))
                .forEach(e -> out.append("sitrep_http_requests_total{method=\"").append(label(e.getKey().method()))
                        .append("\",route=\"").append(label(e.getKey().route()))
                        .append("\",status=\"").append(e.getKey().status()).append("\"} ")
                        .append(e.getValue().sum()).append('\n'));

        header(out, "sitrep_http_request_duration_seconds", "histogram", "Time to answer a request, by route.");
        durations.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Route::route).thenComparing(Route::method)))
                .forEach(e -> histogram(out, e.getKey(), e.getValue()));

        header(out, "sitrep_store_up", "gauge", "1 when the store answered the last scrape, else 0.");
        out.append("sitrep_store_up ").append(totals == null ? 0 : 1).append('\n');
        if (totals != null) {
            gauge(out, "sitrep_store_articles", "Articles in the store.", totals.articles());
            gauge(out, "sitrep_store_events", "Events in the store, merged reports counted once.", totals.events());
            gauge(out, "sitrep_store_sources", "Links between events and the articles that report them.", totals.sources());
        }
        gauge(out, "jvm_memory_heap_used_bytes", "JVM heap in use.", heapUsedBytes);
        return out.toString();
    }

    private static void histogram(StringBuilder out, Route r, Durations d) {
        String labels = "method=\"" + label(r.method()) + "\",route=\"" + label(r.route()) + "\"";
        // Read the count first: requests recorded meanwhile can only make the buckets larger, never
        // smaller than a count already written, so le="+Inf" stays equal to _count.
        long count = d.count.sum();
        long cumulative = 0;
        for (int i = 0; i < BUCKETS.length; i++) {
            cumulative += d.buckets[i].sum();
            out.append("sitrep_http_request_duration_seconds_bucket{").append(labels).append(",le=\"")
                    .append(BUCKETS[i]).append("\"} ").append(Math.min(cumulative, count)).append('\n');
        }
        out.append("sitrep_http_request_duration_seconds_bucket{").append(labels).append(",le=\"+Inf\"} ")
                .append(count).append('\n');
        out.append("sitrep_http_request_duration_seconds_sum{").append(labels).append("} ")
                .append(String.format(Locale.ROOT, "%.6f", d.sum.sum())).append('\n');
        out.append("sitrep_http_request_duration_seconds_count{").append(labels).append("} ").append(count).append('\n');
    }

    private static void gauge(StringBuilder out, String name, String help, long value) {
        header(out, name, "gauge", help);
        out.append(name).append(' ').append(value).append('\n');
    }

    private static void header(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    /** Escapes a label value as the exposition format requires. */
    private static String label(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
