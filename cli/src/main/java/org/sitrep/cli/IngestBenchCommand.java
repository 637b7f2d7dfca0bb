package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.article.ArticleReader;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Event;
import org.sitrep.model.EventWriter;
import org.sitrep.store.EventStore;
import org.sitrep.store.Ingest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code sitrep bench ingest}: in one process, the same articles (one JSON-lines file) through
 * {@code extract} alone (read, code, write events) and through {@code ingest} (read, code, store
 * and merge events in a fresh store), alternating, and the ratio of their articles per second.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest throughput (read -> stored events) against extract alone on the same articles.")
final class IngestBenchCommand implements Callable<Integer> {
    @Option(names = "--gold", defaultValue = "../shared/eval/dev/acled-dev.csv", description = "ACLED-format CSV whose notes are the articles")
    Path gold;

    @Option(names = "--limit", defaultValue = "500", description = "how many distinct notes (default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--threads", description = "worker threads for both (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--rounds", defaultValue = "3", description = "timed passes for each side (default ${DEFAULT-VALUE})")
    int rounds;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        Path tmp = Files.createTempDirectory("sitrep-bench-ingest");
        try {
            Path input = writeArticles(tmp.resolve("articles.jsonl"));
            Extractor extractor = Extractor.english();
            ArticleReader reader = new ArticleReader();
            double extractSeconds = 0, ingestSeconds = 0, extractCpu = 0, ingestCpu = 0;
            int articles = 0;
            for (int round = 0; round <= rounds; round++) { // round 0 warms both up and is not counted
                long t0 = System.nanoTime();
                long c0 = processCpuNanos();
                articles = extract(extractor, reader, input);
                double e = (System.nanoTime() - t0) / 1e9;
                long c1 = processCpuNanos();
                double[] i = ingest(extractor, reader, input, tmp.resolve("store-" + round));
                if (round > 0) {
                    extractSeconds += e;
                    ingestSeconds += i[0];
                    extractCpu += (c1 - c0) / 1e9;
                    ingestCpu += i[1];
                }
            }
            double storeRate = storeAlone(extractor, reader, input, tmp.resolve("store-alone"));
            double extractRate = rounds * articles / extractSeconds;
            double ingestRate = rounds * articles / ingestSeconds;
            System.out.printf(Locale.ROOT, "articles: %d distinct notes, %d threads, %d rounds%n", articles, threads, rounds);
            System.out.printf(Locale.ROOT, "extract: %8.1f articles/s (read, code, write JSON lines)%n", extractRate);
            System.out.printf(Locale.ROOT, "ingest:  %8.1f articles/s (read, code, store and merge in a fresh H2 store)%n", ingestRate);
            System.out.printf(Locale.ROOT, "ratio:   %8.2f (ingest / extract)%n", ingestRate / extractRate);
            System.out.printf(Locale.ROOT, "CPU per article: extract %.2f ms, ingest %.2f ms (all threads, the JVM's own included)%n",
                    1000 * extractCpu / (rounds * articles), 1000 * ingestCpu / (rounds * articles));
            System.out.printf(Locale.ROOT, "store alone: %8.1f articles/s (the same articles, coded beforehand, stored and merged by one writer)%n", storeRate);
            return 0;
        } finally {
            try (Stream<Path> walk = Files.walk(tmp)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The gold notes, each once, as {"id","text","published"} lines. */
    private Path writeArticles(Path file) throws IOException {
        Set<String> seen = new LinkedHashSet<>();
        List<String> lines = new ArrayList<>();
        for (Map<String, String> row : GoldCsv.read(gold)) {
            if (lines.size() >= limit) break;
            if (!seen.add(row.get("notes").strip())) continue;
            ObjectNode line = JSON.createObjectNode().put("id", row.get("event_id_cnty")).put("text", row.get("notes"))
                    .put("published", row.get("event_date"));
            lines.add(line.toString());
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** What {@code sitrep extract --input jsonl --format jsonl} does, writing to nowhere; returns the articles read. */
    private int extract(Extractor extractor, ArticleReader reader, Path input) throws Exception {
        List<ArticleSource> sources = new ArrayList<>();
        PrintWriter err = new PrintWriter(System.err, true);
        JsonLines.read(input.toString(), err, (line, where) -> sources.add(ArticleLine.of(line, where, reader, null)));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        EventWriter writer = new EventWriter(EventWriter.Format.JSONL, Writer.nullWriter(), "");
        writer.begin();
        try {
            List<Future<List<Event>>> results = new ArrayList<>();
            for (ArticleSource s : sources) results.add(pool.submit(() -> extractor.extract(s.read())));
            for (Future<List<Event>> f : results) {
                for (Event e : f.get()) writer.write(e);
            }
        } finally {
            pool.shutdown();
            writer.end();
        }
        return sources.size();
    }

    /** Codes every article first, then times only storing them (batches of 64, as ingest's writer does). */
    private double storeAlone(Extractor extractor, ArticleReader reader, Path input, Path data) throws Exception {
        List<EventStore.Reported> coded = new ArrayList<>();
        PrintWriter err = new PrintWriter(System.err, true);
        List<ArticleSource> sources = new ArrayList<>();
        JsonLines.read(input.toString(), err, (line, where) -> sources.add(ArticleLine.of(line, where, reader, null)));
        for (ArticleSource s : sources) {
            var article = s.read();
            coded.add(new EventStore.Reported(article, extractor.extract(article)));
        }
        try (EventStore store = EventStore.open(null, data)) {
            long t0 = System.nanoTime();
            for (int i = 0; i < coded.size(); i += 64) store.addReports(coded.subList(i, Math.min(coded.size(), i + 64)));
            return coded.size() / ((System.nanoTime() - t0) / 1e9);
        }
    }

    /** What {@code sitrep ingest --data DIR input.jsonl} does once the store is open; returns its seconds and CPU seconds. */
    private double[] ingest(Extractor extractor, ArticleReader reader, Path input, Path data) {
        try (EventStore store = EventStore.open(null, data);
             Progress progress = new Progress(System.err, Progress.Style.NONE, Duration.ofSeconds(5))) {
            PrintWriter err = new PrintWriter(System.err, true);
            long t0 = System.nanoTime();
            long c0 = processCpuNanos();
            IngestRun.Summary s = new IngestRun(new Ingest(store, extractor::extract), reader, null, threads, err, progress)
                    .run(List.of(input.toString()));
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (processCpuNanos() - c0) / 1e9;
            if (s.failed() > 0) throw new IllegalStateException(s.failed() + " articles failed to ingest");
            return new double[] {seconds, cpu};
        }
    }
}
