package org.sitrep.cli;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.sitrep.article.ArticleReader;
import org.sitrep.model.Event;
import org.sitrep.server.ApiServer;
import org.sitrep.server.ServerConfig;
import org.sitrep.store.EventStore;
import org.sitrep.store.Ingest;
import org.sitrep.store.ScratchSchema;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code sitrep bench api}: fills a fresh store with generated events, serves it, and has many
 * clients ask for filtered pages of events at once; prints latency percentiles and requests per
 * second. The clients run in the same process as the server, so the figures include their cost.
 */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = "Load test of GET /api/events: generated events, concurrent clients, p50/p99 latency and requests/s.")
final class ApiBenchCommand implements Callable<Integer> {
    @Option(names = "--events", defaultValue = "100000", description = "generated events to store (default ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--clients", defaultValue = "50", description = "concurrent clients (default ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "measured seconds (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--warmup", defaultValue = "10", description = "seconds of load before measuring (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--data", paramLabel = "DIR", hidden = true,
            description = "keep the generated H2 store in DIR, and reuse it when it holds the events already")
    Path keep;

    @Option(names = "--no-cache", description = "keep no pages ready: every request reads the store")
    boolean noCache;

    @Option(names = "--with-text", description = "add free-text searches (q=) to the mix of filters")
    boolean withText;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "a PostgreSQL server to test on (a fresh schema is made there and dropped after); default: a fresh H2 store in a temporary folder")
    String db;

    /** The filters the clients pick from: a mix of what an analyst's map and table ask for. */
    private static final List<Function<Random, String>> FILTERS = List.of(
            r -> {
                int year = 2019 + r.nextInt(8);
                return "country=" + area(r).iso3() + "&from=" + year + "-01-01&to=" + year + "-12-31";
            },
            r -> "country=" + area(r).iso3() + "&event_type=Battles",
            r -> "event_type=" + enc("Violence against civilians") + "&min_fatalities=" + (5 + r.nextInt(50)),
            r -> {
                GeneratedEvents.Area a = area(r);
                return "bbox=" + (a.lon() - 2) + "," + (a.lat() - 2) + "," + (a.lon() + 2) + "," + (a.lat() + 2);
            },
            r -> {
                GeneratedEvents.Area a = area(r);
                return "country=" + a.iso3() + "&admin1=" + enc(a.admin1s().get(r.nextInt(a.admin1s().size())));
            },
            r -> "actor=JNIM&from=2023-01-01",
            r -> "country=" + area(r).iso3() + "&sort=-fatalities&offset=" + r.nextInt(200));

    /** Free text: words in the notes, which no index holds, so each search reads the country's rows. */
    private static final Function<Random, String> TEXT =
            r -> "country=" + area(r).iso3() + "&q=ambush&from=" + (2019 + r.nextInt(7)) + "-01-01";

    @Override
    public Integer call() throws Exception {
        if (events < 1 || clients < 1 || seconds < 1 || warmup < 0) throw new BadInputException("--events, --clients and --seconds must be positive");
        Path tmp = Files.createTempDirectory("sitrep-bench-api");
        ScratchSchema schema;
        try {
            schema = db == null ? null : ScratchSchema.create(db, "sitrep_bench_");
        } catch (StoreException e) {
            throw new BadInputException(e.getMessage());
        }
        String url = schema == null ? null : schema.url();
        try (EventStore store = EventStore.open(url, keep != null ? keep : tmp)) {
            System.out.printf(Locale.ROOT, "store: %s%n", store.location());
            long t0 = System.nanoTime();
            if (store.totals().events() < events) fill(store);
            System.out.printf(Locale.ROOT, "stored %d generated events in %.1f s%n", store.totals().events(), (System.nanoTime() - t0) / 1e9);
            Ingest noCoding = new Ingest(store, article -> List.of());
            try (ApiServer server = new ApiServer(store, noCoding, new ArticleReader(), new ServerConfig(0, "bench",
                    ServerConfig.DEFAULT_MAX_BODY, noCache ? 0 : ServerConfig.DEFAULT_CACHED_PAGES))) {
                int port = server.start();
                load(port);
            }
        } finally {
            if (schema != null) schema.close();
            try (Stream<Path> walk = Files.walk(tmp)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private void fill(EventStore store) {
        GeneratedEvents generator = new GeneratedEvents(42);
        int batch = 0;
        for (int done = 0; done < events; batch++) {
            int n = Math.min(1000, events - done);
            List<Event> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) list.add(generator.next());
            long article = store.addArticle(GeneratedEvents.article(batch)).id();
            store.importEvents(article, list);
            done += n;
        }
    }

    private void load(int port) throws InterruptedException {
        List<Function<Random, String>> filters = new ArrayList<>(FILTERS);
        if (withText) filters.add(TEXT);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Recorder recorder = new Recorder(3);
        List<Recorder> byFilter = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) byFilter.add(new Recorder(3));
        List<String> examples = new ArrayList<>();
        Random sample = new Random(7);
        for (Function<Random, String> f : filters) examples.add(f.apply(sample));
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            long seed = c;
            Thread t = new Thread(() -> {
                Random random = new Random(seed);
                try {
                    while (System.nanoTime() < end) {
                        int kind = random.nextInt(filters.size());
                        String query = filters.get(kind).apply(random);
                        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/events?" + query)).build();
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom) {
                            if (response.statusCode() != 200) errors.incrementAndGet();
                            recorder.recordValue(Math.max(1, (t1 - t0) / 1000));
                            byFilter.get(kind).recordValue(Math.max(1, (t1 - t0) / 1000));
                        }
                    }
                } catch (IOException e) {
                    errors.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "client-" + c);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        Histogram h = recorder.getIntervalHistogram();
        System.out.printf(Locale.ROOT, "GET /api/events (%s), %d clients, %d s after %d s warm-up: %d requests, %.0f requests/s, "
                        + "p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms, %d errors%n",
                noCache ? "no page cache" : "page cache " + ServerConfig.DEFAULT_CACHED_PAGES, clients, seconds, warmup, h.getTotalCount(), h.getTotalCount() / (double) seconds,
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0,
                h.getValueAtPercentile(99.9) / 1000.0, h.getMaxValue() / 1000.0, errors.get());
        System.out.println("  page cache: " + cacheCounters(http, port));
        for (int i = 0; i < filters.size(); i++) {
            Histogram k = byFilter.get(i).getIntervalHistogram();
            System.out.printf(Locale.ROOT, "  %-60s %6d requests, p50 %6.1f ms, p99 %6.1f ms%n", examples.get(i),
                    k.getTotalCount(), k.getValueAtPercentile(50) / 1000.0, k.getValueAtPercentile(99) / 1000.0);
        }
    }

    /** The server's page cache hits and misses over the whole run (warm-up included), from /api/metrics. */
    private static String cacheCounters(HttpClient http, int port) throws InterruptedException {
        try {
            String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            long hits = counter(metrics, "sitrep_page_cache_hits_total");
            long misses = counter(metrics, "sitrep_page_cache_misses_total");
            return String.format(Locale.ROOT, "%d hits, %d misses (%.0f%% hits, warm-up included)", hits, misses,
                    100.0 * hits / Math.max(1, hits + misses));
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static long counter(String metrics, String name) {
        return metrics.lines().filter(l -> l.startsWith(name + " ")).mapToLong(l -> Long.parseLong(l.substring(name.length() + 1)))
                .findFirst().orElse(0);
    }

    private static GeneratedEvents.Area area(Random r) {
        return GeneratedEvents.AREAS.get(r.nextInt(GeneratedEvents.AREAS.size()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
