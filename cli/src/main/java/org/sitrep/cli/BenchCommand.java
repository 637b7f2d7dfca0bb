package org.sitrep.cli;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.sitrep.article.ArticleReader;
import org.sitrep.article.UnreadableArticleException;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code sitrep bench}: in one process and one run, codes the same articles with Sitrep and with
 * CoreNLP's default English pipeline (tokenize,ssplit,pos,lemma,ner,depparse, default options),
 * and prints the articles per second of each and their ratio, and Sitrep's peak heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Throughput of Sitrep's extraction against CoreNLP's default pipeline on the same articles;"
                + " 'bench ingest' and 'bench api' measure the store and the API.",
        subcommands = {IngestBenchCommand.class, ApiBenchCommand.class, FrenchBenchCommand.class})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--gold", description = "ACLED-format CSV whose notes are the articles", defaultValue = "../shared/eval/dev/acled-dev.csv")
    Path gold;

    @Option(names = "--limit", description = "how many notes (default ${DEFAULT-VALUE})")
    int limit = 500;

    @Option(names = "--article", description = "an article file added to the notes (default ${DEFAULT-VALUE})",
            defaultValue = "examples/niger-tahoua-attack.txt")
    String article;

    @Option(names = "--threads", description = "Sitrep's worker threads (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--rounds", description = "timed passes over the articles for each side (default ${DEFAULT-VALUE})")
    int rounds = 3;

    @Option(names = "--annotators", split = ";", description = "also time CoreNLP alone with these annotator lists "
            + "(one thread), e.g. 'tokenize,ssplit,pos,lemma;tokenize,ssplit,pos,lemma,ner'")
    List<String> annotatorSets = List.of();

    @Override
    public Integer call() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (Map<String, String> row : GoldCsv.read(gold)) {
            if (articles.size() >= limit) break;
            LocalDate date = LocalDate.parse(row.get("event_date"));
            articles.add(new Article(row.get("event_id_cnty"), null, "", date, "en", "", row.get("notes")));
        }
        try {
            articles.add(new ArticleReader().read(article, null));
        } catch (UnreadableArticleException e) {
            throw new BadInputException(e.getMessage());
        }
        long chars = articles.stream().mapToLong(a -> a.body().length()).sum();
        System.out.printf(Locale.ROOT, "articles: %d (%d characters); cores: %d; max heap: %d MB%n", articles.size(), chars,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        HeapWatch watch = new HeapWatch();
        watch.start();
        Extractor extractor = Extractor.english();
        Extractor wordsOnly = Extractor.englishWithoutCoordinates();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        // warm-up: one whole pass each, so that both are timed with a warm JIT (and a warm gazetteer)
        runSitrep(extractor, pool, articles);
        runSitrep(wordsOnly, pool, articles);
        double sitrepSeconds = 0, wordsSeconds = 0;
        for (int r = 0; r < rounds; r++) { // alternate, so that neither side gets the quieter moments
            long t0 = System.nanoTime();
            runSitrep(extractor, pool, articles);
            sitrepSeconds += seconds(t0);
            long t2 = System.nanoTime();
            runSitrep(wordsOnly, pool, articles);
            wordsSeconds += seconds(t2);
        }
        pool.shutdown();
        double sitrep = rounds * articles.size() / sitrepSeconds;
        double withoutGeo = rounds * articles.size() / wordsSeconds;
        long sitrepPeak = watch.peak();
        System.out.printf(Locale.ROOT, "sitrep:   %8.1f articles/s (%d threads), peak heap %d MB%n", sitrep, threads, sitrepPeak >> 20);
        System.out.printf(Locale.ROOT, "sitrep without coordinates: %8.1f articles/s; geocoding adds %.1f%% to the time per article%n",
                withoutGeo, 100.0 * (withoutGeo / sitrep - 1));

        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        StanfordCoreNLP baseline = new StanfordCoreNLP(props);
        for (Article a : articles.subList(0, Math.min(50, articles.size()))) baseline.annotate(new Annotation(a.body()));
        long t1 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (Article a : articles) baseline.annotate(new Annotation(a.body()));
        }
        double base = rounds * articles.size() / seconds(t1);
        watch.finish();
        System.out.printf(Locale.ROOT, "baseline: %8.1f articles/s (CoreNLP tokenize,ssplit,pos,lemma,ner,depparse, default options)%n", base);
        System.out.printf(Locale.ROOT, "ratio:    %8.2fx%n", sitrep / base);
        for (String annotators : annotatorSets) {
            Properties p = new Properties();
            p.setProperty("annotators", annotators);
            StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
            for (Article a : articles.subList(0, Math.min(50, articles.size()))) pipeline.annotate(new Annotation(a.body()));
            long t = System.nanoTime();
            for (Article a : articles) pipeline.annotate(new Annotation(a.body()));
            System.out.printf(Locale.ROOT, "corenlp %s: %8.1f articles/s (1 thread)%n", annotators, articles.size() / seconds(t));
        }
        return 0;
    }

    private static void runSitrep(Extractor extractor, ExecutorService pool, List<Article> articles) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (Article a : articles) done.add(pool.submit(() -> extractor.extract(a)));
        for (Future<?> f : done) f.get();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Samples the used heap every 20 ms and keeps the highest value seen. */
    private static final class HeapWatch extends Thread {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        HeapWatch() {
            setDaemon(true);
        }

        @Override
        public void run() {
            Runtime rt = Runtime.getRuntime();
            while (running) {
                peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long peak() {
            return peak.get();
        }

        void finish() {
            running = false;
        }
    }
}
