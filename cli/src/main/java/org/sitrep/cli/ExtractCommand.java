package org.sitrep.cli;

import org.sitrep.article.ArticleReader;
import org.sitrep.article.UnreadableArticleException;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code sitrep extract}: prints the coded events of each input. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Reads articles (files, URLs, - for stdin) and prints the events they report.")
final class ExtractCommand implements Callable<Integer> {
    static final String ATTRIBUTION = "Sitrep (GPL-3.0-or-later). " + org.sitrep.geo.Gazetteer.ATTRIBUTION;

    @Option(names = "--published", description = "publication date YYYY-MM-DD; overrides the page's own")
    String published;

    @Option(names = "--format", defaultValue = "json", description = "json, jsonl, csv or geojson (default ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--input", description = "jsonl: each input is a file of {\"id\", \"text\" or \"html\", \"published\", \"url\", \"language\"} lines")
    String input;

    @Option(names = "--lang", description = "the articles' language, en or fr (default: each article's own, declared or guessed)")
    String lang;

    @Option(names = "--threads", description = "worker threads (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "file, http(s) URL, or - for standard input")
    List<String> inputs;

    @picocli.CommandLine.Mixin
    PlacesOptions places = new PlacesOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        EventWriter.Format fmt = parseFormat(format, spec);
        String language = parseLanguage(lang, spec);
        LocalDate date = published == null ? null : parseDate(published, "--published", spec);
        if (input != null && !input.equals("jsonl")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--input must be jsonl, not " + input);
        }
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        ArticleReader reader = new ArticleReader();
        List<Job> jobs = new ArrayList<>();
        boolean failed = false;
        for (String in : inputs) {
            if (input != null) {
                failed |= !readJsonl(in, reader, date, jobs, err);
            } else {
                jobs.add(new Job(in, () -> reader.read(in, date)));
            }
        }
        Extractor extractor = Extractor.multilingual(places.gazetteer());
        OutputStreamWriter out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        EventWriter writer = new EventWriter(fmt, out, ATTRIBUTION);
        writer.begin();
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<List<Event>>> results = new ArrayList<>();
            for (Job job : jobs) {
                results.add(pool.submit(() -> extractor.extract(withLanguage(job.source.read(), language))));
            }
            for (int i = 0; i < jobs.size(); i++) {
                try {
                    for (Event e : results.get(i).get()) {
                        String prefix = e.eventId().substring(0, e.eventId().indexOf('-'));
                        writer.write(e.withEventId(String.format(Locale.ROOT, "%s-%06d", prefix, sequence.incrementAndGet())));
                    }
                } catch (java.util.concurrent.ExecutionException ex) {
                    if (ex.getCause() instanceof UnreadableArticleException u) {
                        err.println("sitrep: " + u.getMessage());
                        failed = true;
                    } else {
                        throw new IllegalStateException(jobs.get(i).name + ": " + ex.getCause(), ex.getCause());
                    }
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return 1;
                }
            }
        } finally {
            pool.shutdownNow();
            writer.end();
        }
        return failed ? 1 : 0;
    }

    private record Job(String name, ArticleSource source) {
    }

    /** Queues one job per line of a JSON-lines input; returns false when some line was bad (reported). */
    private boolean readJsonl(String in, ArticleReader reader, LocalDate date, List<Job> jobs, PrintWriter err) {
        return JsonLines.read(in, err, (node, where) -> jobs.add(new Job(where, ArticleLine.of(node, where, reader, date))));
    }

    /** Returns the ISO 639-1 code --lang gives, or null when the option is absent; a language Sitrep does not code is a usage error. */
    static String parseLanguage(String lang, picocli.CommandLine.Model.CommandSpec spec) {
        if (lang == null) return null;
        return org.sitrep.nlp.Language.byCode(lang).map(org.sitrep.nlp.Language::code).orElseThrow(
                () -> new picocli.CommandLine.ParameterException(spec.commandLine(), "--lang must be en or fr, not " + lang));
    }

    /** The article in the language the caller gave, or as read when none was given. */
    static Article withLanguage(Article article, String language) {
        return language == null ? article : article.withLanguage(language);
    }

    /** A bad option value is a usage error (exit 2), reported in one line. */
    static EventWriter.Format parseFormat(String format, picocli.CommandLine.Model.CommandSpec spec) {
        try {
            return EventWriter.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format must be json, jsonl, csv or geojson, not " + format);
        }
    }

    static LocalDate parseDate(String value, String option, picocli.CommandLine.Model.CommandSpec spec) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), option + " must be a date YYYY-MM-DD, not " + value);
        }
    }
}
