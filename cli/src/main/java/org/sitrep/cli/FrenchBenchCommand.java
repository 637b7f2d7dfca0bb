package org.sitrep.cli;

import org.sitrep.article.ArticleReader;
import org.sitrep.article.UnreadableArticleException;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code sitrep bench french}: in one process and one run, (1) English articles coded by the
 * English-only extractor and by the extractor with French support present, alternating, and their
 * ratio, with the French models never loaded; (2) the cost of loading the French models (time and
 * heap); (3) French articles/s against the same article in English.
 */
@Command(name = "french", mixinStandardHelpOptions = true,
        description = "English throughput with and without French support present (same run), and French articles/s.")
final class FrenchBenchCommand implements Callable<Integer> {
    @Option(names = "--gold", defaultValue = "../shared/eval/dev/acled-dev.csv", description = "ACLED-format CSV whose notes are the English articles")
    Path gold;

    @Option(names = "--limit", defaultValue = "500", description = "how many notes (default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--english", defaultValue = "examples/niger-tahoua-attack.txt",
            description = "an English article, added to the notes and compared with its French version (default ${DEFAULT-VALUE})")
    String english;

    @Option(names = "--french", defaultValue = "../shared/seeds/translations/000_63706d14c3328a74.fr.txt",
            description = "the French version of --english (default ${DEFAULT-VALUE})")
    String french;

    @Option(names = "--copies", defaultValue = "200", description = "how many times each side codes its article per round (default ${DEFAULT-VALUE})")
    int copies;

    @Option(names = "--threads", description = "worker threads (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--rounds", defaultValue = "8", description = "timed passes for each side, which goes first swapped each round (default ${DEFAULT-VALUE})")
    int rounds;

    @Override
    public Integer call() throws Exception {
        ArticleReader reader = new ArticleReader();
        List<Article> notes = new ArrayList<>();
        for (Map<String, String> row : GoldCsv.read(gold)) {
            if (notes.size() >= limit) break;
            notes.add(new Article(row.get("event_id_cnty"), null, "", LocalDate.parse(row.get("event_date")), "en", "", row.get("notes")));
        }
        Article englishSeed;
        Article frenchSeed;
        try {
            englishSeed = reader.read(english, null);
            frenchSeed = reader.read(french, null);
        } catch (UnreadableArticleException e) {
            throw new BadInputException(e.getMessage());
        }
        if (!frenchSeed.language().equals("fr")) throw new BadInputException(french + ": not read as French (" + frenchSeed.language() + ")");
        notes.add(englishSeed);
        System.out.printf(Locale.ROOT, "english articles: %d; cores: %d; threads: %d; max heap: %d MB%n", notes.size(),
                Runtime.getRuntime().availableProcessors(), threads, Runtime.getRuntime().maxMemory() >> 20);

        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        Extractor englishOnly = Extractor.english();
        Extractor withFrench = Extractor.multilingual();
        run(englishOnly, pool, notes);
        run(withFrench, pool, notes);
        double onlySeconds = 0, withSeconds = 0;
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) { // alternate, and swap which goes first, so that neither side gets the quieter moments
            double[] pair = new double[2];
            for (int side = 0; side < 2; side++) {
                boolean only = (r + side) % 2 == 0;
                long t0 = System.nanoTime();
                run(only ? englishOnly : withFrench, pool, notes);
                pair[only ? 0 : 1] = seconds(t0);
            }
            onlySeconds += pair[0];
            withSeconds += pair[1];
            ratios.add(pair[0] / pair[1]); // articles/s with French support over articles/s without, this round
        }
        double only = rounds * notes.size() / onlySeconds;
        double with = rounds * notes.size() / withSeconds;
        ratios.sort(null);
        double median = ratios.size() % 2 == 1 ? ratios.get(ratios.size() / 2)
                : (ratios.get(ratios.size() / 2 - 1) + ratios.get(ratios.size() / 2)) / 2;
        long englishHeap = usedAfterGc();
        System.out.printf(Locale.ROOT, "english, english-only extractor:        %8.1f articles/s%n", only);
        System.out.printf(Locale.ROOT, "english, extractor with french support: %8.1f articles/s (ratio %.3f; median of the %d rounds' ratios %.3f);"
                + " french models loaded: %s%n", with, with / only, rounds, median, Annotator.frenchLoaded() ? "yes" : "no");
        System.out.printf(Locale.ROOT, "heap in use, english only: %d MB%n", englishHeap >> 20);

        long t = System.nanoTime();
        withFrench.extract(frenchSeed);
        double load = seconds(t);
        long frenchHeap = usedAfterGc();
        System.out.printf(Locale.ROOT, "first french article (models loaded): %.2f s; heap in use: %d MB (+%d MB)%n", load,
                frenchHeap >> 20, (frenchHeap - englishHeap) >> 20);

        List<Article> frenchCopies = copies(frenchSeed);
        List<Article> englishCopies = copies(englishSeed);
        run(withFrench, pool, frenchCopies);
        run(withFrench, pool, englishCopies);
        double frSeconds = 0, enSeconds = 0;
        for (int r = 0; r < rounds; r++) {
            for (int side = 0; side < 2; side++) {
                boolean fr = (r + side) % 2 == 0;
                long t0 = System.nanoTime();
                run(withFrench, pool, fr ? frenchCopies : englishCopies);
                if (fr) frSeconds += seconds(t0);
                else enSeconds += seconds(t0);
            }
        }
        pool.shutdown();
        double fr = rounds * frenchCopies.size() / frSeconds;
        double en = rounds * englishCopies.size() / enSeconds;
        System.out.printf(Locale.ROOT, "french seed:  %8.1f articles/s (%d characters)%n", fr, frenchSeed.body().length());
        System.out.printf(Locale.ROOT, "english seed: %8.1f articles/s (%d characters); french/english %.2f%n", en,
                englishSeed.body().length(), fr / en);
        System.out.printf(Locale.ROOT, "french loaded: %s%n", withFrench.hasLoaded(Language.FRENCH) ? "yes" : "no");
        return 0;
    }

    private List<Article> copies(Article a) {
        List<Article> list = new ArrayList<>();
        for (int i = 0; i < copies; i++) list.add(a.withId(a.id() + "#" + i));
        return list;
    }

    private static void run(Extractor extractor, ExecutorService pool, List<Article> articles) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (Article a : articles) done.add(pool.submit(() -> extractor.extract(a)));
        for (Future<?> f : done) f.get();
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
