package org.sitrep.flink;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.sitrep.store.ScratchSchema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The stream job's throughput at parallelism 1 and 2 on the same articles, in one process: a Kafka
 * broker in this JVM holds the articles on two partitions; each run reads them all ({@code
 * --until-end}) in a fresh MiniCluster into a fresh PostgreSQL schema, from a fresh consumer
 * group. After one run not counted (warm-up), runs alternate (1, 2, then 2, 1, ...) so that the
 * machine's other work falls on both sides; the models load before the first run. Prints articles/s per run, the medians and their ratio.
 *
 * <p>{@code flink/bench-stream [ARTICLES] [ROUNDS]} (default 2,000 articles, 3 rounds), with
 * {@code SITREP_TEST_POSTGRES_URL} set.
 */
public final class StreamBench {
    private StreamBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String server = System.getenv("SITREP_TEST_POSTGRES_URL");
        if (server == null || server.isBlank()) {
            System.err.println("stream bench: set SITREP_TEST_POSTGRES_URL to a PostgreSQL JDBC URL the bench may write to");
            System.exit(2);
        }
        List<String> articles = TestArticles.reports(count);
        long t = System.nanoTime();
        Models.extractor().extract(new org.sitrep.model.Article("warm-up", null, "", null, "en", "", "Gunmen killed two people."));
        System.out.printf(Locale.ROOT, "models loaded in %.1f s; %d articles, %d rounds, %d cores%n",
                (System.nanoTime() - t) / 1e9, count, rounds, Runtime.getRuntime().availableProcessors());
        codingCostByLength(articles);
        try (KafkaBroker kafka = KafkaBroker.start()) {
            kafka.createTopic("bench-articles", 2);
            kafka.createTopic("bench-events", 2);
            kafka.produce("bench-articles", 2, articles, System.currentTimeMillis(), Duration.ZERO);
            // one run not counted: the JIT compiles the extractor and Flink's paths (the first run was
            // up to three times slower than later ones)
            run(kafka, server, 2, "bench-warm-up", count);
            List<Double> one = new ArrayList<>();
            List<Double> two = new ArrayList<>();
            int run = 0;
            for (int round = 1; round <= rounds; round++) {
                for (int parallelism : round % 2 == 1 ? new int[] {1, 2} : new int[] {2, 1}) {
                    double perSecond = run(kafka, server, parallelism, "bench-" + (run++), count);
                    (parallelism == 1 ? one : two).add(perSecond);
                    System.out.printf(Locale.ROOT, "round %d, parallelism %d: %.1f articles/s%n", round, parallelism, perSecond);
                }
            }
            double m1 = median(one);
            double m2 = median(two);
            System.out.printf(Locale.ROOT, "parallelism 1: %.1f articles/s (median; runs %s)%n", m1, show(one));
            System.out.printf(Locale.ROOT, "parallelism 2: %.1f articles/s (median; runs %s)%n", m2, show(two));
            System.out.printf(Locale.ROOT, "ratio 2/1: %.2f; one slot: %,.0f articles/day%n", m2 / m1, m1 * 86_400);
        }
    }

    /**
     * Coding alone, one thread: the bench's short reports against the bundled example article (a
     * news page's length), so the sizing can be scaled from these reports to real articles.
     */
    private static void codingCostByLength(List<String> reports) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        org.sitrep.article.ArticleReader reader = new org.sitrep.article.ArticleReader();
        List<org.sitrep.model.Article> shortOnes = new ArrayList<>();
        for (String line : reports.subList(0, Math.min(200, reports.size()))) {
            shortOnes.add(org.sitrep.article.ArticleLine.of(json.readTree(line), "bench", null).read(reader));
        }
        org.sitrep.model.Article example = org.sitrep.article.ArticleLine.of(json.readTree(TestArticles.all().get(0)),
                "example", null).read(reader);
        List<org.sitrep.model.Article> longOnes = java.util.Collections.nCopies(200, example);
        for (int warm = 0; warm < 3; warm++) {
            shortOnes.forEach(Models.extractor()::extract);
            longOnes.forEach(Models.extractor()::extract);
        }
        long t0 = System.nanoTime();
        shortOnes.forEach(Models.extractor()::extract);
        long t1 = System.nanoTime();
        longOnes.forEach(Models.extractor()::extract);
        long t2 = System.nanoTime();
        double shortChars = shortOnes.stream().mapToInt(a -> a.body().length()).average().orElse(0);
        System.out.printf(Locale.ROOT, "coding, one thread: bench reports (%.0f characters) %.2f ms each; the example"
                        + " article (%d characters) %.2f ms%n", shortChars, (t1 - t0) / 1e6 / shortOnes.size(),
                example.body().length(), (t2 - t1) / 1e6 / longOnes.size());
    }

    /** One run over every article; returns articles per second from job submission to its end. */
    private static double run(KafkaBroker kafka, String server, int parallelism, String group, int count) throws Exception {
        Path checkpoints = Files.createTempDirectory("sitrep-bench-checkpoints");
        try (ScratchSchema schema = ScratchSchema.create(server, "sitrep_bench_")) {
            org.sitrep.store.EventStore.open(schema.url(), null).close();
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism,
                    SitrepJob.checkpointing(Duration.ofSeconds(10), checkpoints.toUri().toString()));
            SitrepJob.wire(env, SitrepJob.Settings.of(kafka.bootstrap(), schema.url())
                    .withTopics("bench-articles", "bench-events").withGroup(group).untilEnd());
            long start = System.nanoTime();
            env.execute("stream bench, parallelism " + parallelism);
            double seconds = (System.nanoTime() - start) / 1e9;
            long stored = StoreContents.articles(schema.url());
            System.out.printf(Locale.ROOT, "  %d articles stored in %.1f s%n", stored, seconds);
            if (stored == 0) throw new IllegalStateException("the run stored no article");
            return count / seconds;
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String show(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList().toString();
    }
}
