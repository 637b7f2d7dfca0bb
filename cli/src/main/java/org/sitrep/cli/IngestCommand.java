package org.sitrep.cli;

import org.sitrep.article.ArticleReader;
import org.sitrep.extract.Extractor;
import org.sitrep.store.EventStore;
import org.sitrep.store.Ingest;
import org.sitrep.store.StoreTotals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code sitrep ingest}: reads sources into the store, coding each new article once. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Reads files, folders, JSON-lines files, WARC archives, web pages and RSS/Atom feeds into the "
                + "event store. An article already stored (same URL or same content) is not stored again.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SOURCE",
            description = "file, folder, .jsonl, .warc(.gz), http(s) page or feed URL, or - for standard input")
    List<String> sources;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    PlacesOptions places = new PlacesOptions();

    @Option(names = "--published", description = "publication date YYYY-MM-DD for every article; overrides their own")
    String published;

    @Option(names = "--lang", description = "the articles' language, en or fr (default: each article's own, declared or guessed)")
    String lang;

    @Option(names = "--threads", description = "worker threads (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--watch", description = "keep polling the sources (new feed items, new files) until stopped")
    boolean watch;

    @Option(names = "--every", defaultValue = "300", paramLabel = "SECONDS",
            description = "with --watch, seconds between polls (default ${DEFAULT-VALUE})")
    int every;

    @Option(names = "--progress", paramLabel = "STYLE",
            description = "bar, lines or none (default: a bar on a terminal, else a line every 5 seconds)")
    String progressStyle;

    @Option(names = "--progress-every", defaultValue = "5", hidden = true, paramLabel = "SECONDS",
            description = "seconds between progress lines when not on a terminal")
    int progressEvery;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        LocalDate date = published == null ? null : ExtractCommand.parseDate(published, "--published", spec);
        String language = ExtractCommand.parseLanguage(lang, spec);
        if (every < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--every must be 1 or more seconds");
        Progress.Style style = parseStyle();
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try (EventStore events = store.open()) {
            Extractor extractor = Extractor.multilingual(places.gazetteer());
            Ingest ingest = new Ingest(events, extractor::extract);
            StoreTotals before = events.totals();
            long start = System.nanoTime();
            IngestRun.Summary summary;
            try (Progress progress = new Progress(System.err, style, style == Progress.Style.BAR
                    ? Duration.ofMillis(250) : Duration.ofSeconds(Math.max(1, progressEvery)))) {
                IngestRun run = new IngestRun(ingest, new ArticleReader(), date, language, threads, err, progress);
                summary = run.run(sources);
                while (watch) {
                    Thread.sleep(every * 1000L);
                    summary = run.run(sources);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            StoreTotals after = events.totals();
            System.out.printf(Locale.ROOT, "ingest: %s, %d already stored, %d failed, in %.1f s (%.1f articles/s);"
                            + " %s coded, %d new in the store; it holds %s from %s (%s)%n",
                    count(summary.added(), "new article"), summary.known(), summary.failed(), seconds,
                    (summary.added() + summary.known()) / Math.max(seconds, 1e-9), count(summary.events(), "event"),
                    after.events() - before.events(), count(after.events(), "event"), count(after.articles(), "article"),
                    events.location());
            return summary.failed() > 0 ? 1 : 0;
        }
    }

    /** "1 event", "2 events". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private Progress.Style parseStyle() {
        if (progressStyle == null) return Progress.forTerminal();
        try {
            return Progress.Style.valueOf(progressStyle.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--progress must be bar, lines or none, not " + progressStyle);
        }
    }
}
