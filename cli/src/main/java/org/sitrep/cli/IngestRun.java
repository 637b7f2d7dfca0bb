package org.sitrep.cli;

import org.sitrep.article.ArticleReader;
import org.sitrep.article.FeedEntry;
import org.sitrep.article.Feeds;
import org.sitrep.article.UnreadableArticleException;
import org.sitrep.article.WarcArticles;
import org.sitrep.model.Article;
import org.sitrep.store.EventStore;
import org.sitrep.store.Ingest;
import org.sitrep.store.StoreException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One pass of ingest over the user's sources: files, folders (recursively), JSON-lines files of
 * articles, WARC archives, web pages and RSS/Atom feeds (each item's page is fetched, or the feed's
 * own text is used when the page cannot be). Sources are listed on the calling thread, read and
 * coded by a pool of workers, and stored by one writer that commits whatever has arrived in one
 * transaction; a source that cannot be read is one line on stderr and the run goes on.
 */
final class IngestRun {
    private final Ingest ingest;
    private final ArticleReader reader;
    private final LocalDate published;
    private final String language;
    private final int threads;
    private final PrintWriter err;
    private final Progress progress;

    /** The most coded articles stored in one transaction. */
    private static final int MAX_BATCH = 64;
    /** How long the writer waits for more articles before it commits what it has. */
    private static final long GATHER_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final BlockingQueue<Pending> toStore = new ArrayBlockingQueue<>(MAX_BATCH * 4);
    private final AtomicInteger added = new AtomicInteger();
    private final AtomicInteger known = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger events = new AtomicInteger();

    /**
     * What a pass did.
     *
     * @param added  articles stored for the first time
     * @param known  articles stored before (same URL or content), not coded again
     * @param failed sources or articles that could not be read or stored
     * @param events events coded from the new articles (each stored anew or merged into a known one)
     */
    record Summary(int added, int known, int failed, int events) {
    }

    IngestRun(Ingest ingest, ArticleReader reader, LocalDate published, int threads, PrintWriter err, Progress progress) {
        this(ingest, reader, published, null, threads, err, progress);
    }

    /** As above, every article taken to be in {@code language} (ISO 639-1, from --lang), or in its own when null. */
    IngestRun(Ingest ingest, ArticleReader reader, LocalDate published, String language, int threads, PrintWriter err,
              Progress progress) {
        this.language = language;
        this.ingest = ingest;
        this.reader = reader;
        this.published = published;
        this.threads = Math.max(1, threads);
        this.err = err;
        this.progress = progress;
    }

    /** Reads every source once and returns what was done, counted since this run was made. */
    Summary run(List<String> sources) {
        progress.total(countArticles(sources));
        Thread writer = new Thread(this::writeReports, "sitrep-store-writer");
        writer.start();
        // A full queue makes the lister wait (memory stays bounded); with one worker, coded articles
        // reach the writer in the order they are listed.
        ThreadPoolExecutor workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 4), IngestRun::waitForRoom);
        try {
            for (String source : sources) list(source, workers);
        } finally {
            workers.shutdown();
            try {
                while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
                    // keep waiting: every queued article is read and stored before the pass ends
                }
            } catch (InterruptedException e) {
                workers.shutdownNow();
                Thread.currentThread().interrupt();
            }
            putUninterruptibly(END);
            joinUninterruptibly(writer);
        }
        return summary();
    }

    Summary summary() {
        return new Summary(added.get(), known.get(), failed.get(), events.get());
    }

    private static void waitForRoom(Runnable task, ThreadPoolExecutor workers) {
        try {
            workers.getQueue().put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.RejectedExecutionException("ingest interrupted", e);
        }
    }

    /** Hands every article of {@code source} to the workers. */
    private void list(String source, ThreadPoolExecutor workers) {
        if (source.equals("-")) {
            submit(workers, source, () -> reader.read("-", published));
        } else if (isUrl(source)) {
            listUrl(source, workers);
        } else {
            Path path = Path.of(source);
            if (Files.isDirectory(path)) {
                for (Path file : files(path)) listFile(file, workers);
            } else if (Files.isRegularFile(path)) {
                listFile(path, workers);
            } else {
                fail(source + ": no such file or directory");
            }
        }
    }

    private void listUrl(String url, ThreadPoolExecutor workers) {
        ArticleReader.Fetched page;
        try {
            page = reader.fetch(url);
        } catch (UnreadableArticleException e) {
            fail(e.getMessage());
            return;
        }
        if (Feeds.looksLikeFeed(page.contentType(), head(page.body()))) {
            try {
                listFeed(url, Feeds.parse(page.body(), page.url(), url), workers);
            } catch (UnreadableArticleException e) {
                fail(e.getMessage());
            }
        } else {
            submit(workers, url, () -> reader.fromPage(page, published));
        }
    }

    private void listFile(Path file, ThreadPoolExecutor workers) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            try {
                WarcArticles.forEach(file, reader, article -> submit(workers, file.toString(), () -> article));
            } catch (UnreadableArticleException e) {
                fail(e.getMessage());
            }
        } else if (name.endsWith(".jsonl")) {
            if (!JsonLines.read(file.toString(), err, (line, where) ->
                    submit(workers, where, ArticleLine.of(line, where, reader, published)))) {
                failed.incrementAndGet();
            }
        } else if (isFeedFile(file)) {
            try {
                listFeed(file.toString(), Feeds.parse(Files.readAllBytes(file), null, file.toString()), workers);
            } catch (UnreadableArticleException e) {
                fail(e.getMessage());
            } catch (IOException e) {
                fail(file + ": " + e.getMessage());
            }
        } else {
            submit(workers, file.toString(), () -> reader.read(file.toString(), published));
        }
    }

    /** Queues each item of a feed not yet stored: its page, or the feed's own text when the page cannot be read. */
    private void listFeed(String feed, List<FeedEntry> entries, ThreadPoolExecutor workers) {
        for (int i = 0; i < entries.size(); i++) {
            FeedEntry entry = entries.get(i);
            String itemId = feed + "#" + (i + 1);
            if (entry.url() != null && ingest.isKnownUrl(entry.url())) {
                known.incrementAndGet();
                progress.done(0);
                continue;
            }
            LocalDate date = published != null ? published : entry.published();
            String name = entry.url() != null ? entry.url() : itemId;
            submit(workers, name, () -> {
                // an item without a link is known by its feed and place in it; the store still finds it again by content
                if (entry.url() == null) return reader.fromHtml(itemId, null, nz(entry.html()), date);
                try {
                    return reader.read(entry.url(), date);
                } catch (UnreadableArticleException e) {
                    if (entry.html() == null || entry.html().isBlank()) throw e;
                    return reader.fromHtml(entry.url(), entry.url(), entry.html(), date);
                }
            });
        }
    }

    private void submit(ThreadPoolExecutor workers, String name, ArticleSource source) {
        workers.execute(() -> store(name, source));
    }

    /**
     * Reads and codes one article and hands it to the writer; an article already stored is only
     * counted. A failure is one line on stderr.
     */
    private void store(String name, ArticleSource source) {
        try {
            Article article = ExtractCommand.withLanguage(source.read(), language);
            if (ingest.isKnown(article)) {
                known.incrementAndGet();
                progress.done(0);
            } else {
                putUninterruptibly(new Pending(name, ingest.code(article)));
            }
        } catch (UnreadableArticleException e) {
            fail(e.getMessage());
            progress.done(0);
        } catch (StoreException e) {
            fail(name + ": " + e.getMessage().lines().findFirst().orElse("cannot be read from the store"));
            progress.done(0);
        }
    }

    /** One coded article on its way to the store. */
    private record Pending(String name, EventStore.Reported reported) {
    }

    /** Tells the writer that no more articles will come. */
    private static final Pending END = new Pending("", null);

    /**
     * The writer: stores coded articles as they come, each batch of waiting ones in one transaction,
     * so coding never waits for a commit and commits are shared. Ends at {@link #END}.
     */
    private void writeReports() {
        List<Pending> batch = new ArrayList<>();
        boolean end = false;
        while (!end) {
            batch.clear();
            batch.add(takeUninterruptibly());
            // gather what arrives within a moment: one commit for many articles costs less than many
            long until = System.nanoTime() + GATHER_NANOS;
            while (batch.size() < MAX_BATCH && !batch.contains(END)) {
                toStore.drainTo(batch, MAX_BATCH - batch.size());
                long left = until - System.nanoTime();
                if (left <= 0 || batch.size() >= MAX_BATCH || batch.contains(END)) break;
                Pending next = pollUninterruptibly(left);
                if (next == null) break;
                batch.add(next);
            }
            end = batch.remove(END);
            if (!batch.isEmpty()) write(batch);
        }
    }

    private Pending pollUninterruptibly(long nanos) {
        try {
            return toStore.poll(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            return null; // the writer ends only at END, so that no coded article is dropped
        }
    }

    private void write(List<Pending> batch) {
        try {
            List<EventStore.Report> reports = ingest.store().addReports(batch.stream().map(Pending::reported).toList());
            for (EventStore.Report r : reports) count(r);
        } catch (StoreException e) {
            if (batch.size() == 1) {
                fail(batch.get(0).name() + ": " + e.getMessage().lines().findFirst().orElse("cannot be stored"));
                progress.done(0);
            } else {
                // one bad article must not cost the others: store them one by one to find it
                for (Pending p : batch) write(List.of(p));
            }
        } catch (RuntimeException e) {
            for (Pending p : batch) {
                fail(p.name() + ": cannot be stored: " + e);
                progress.done(0);
            }
        }
    }

    private void count(EventStore.Report report) {
        if (report.added()) {
            added.incrementAndGet();
            events.addAndGet(report.eventIds().size());
            progress.done(report.eventIds().size());
        } else {
            known.incrementAndGet();
            progress.done(0);
        }
    }

    private void putUninterruptibly(Pending p) {
        boolean interrupted = false;
        while (true) {
            try {
                toStore.put(p);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private Pending takeUninterruptibly() {
        while (true) {
            try {
                return toStore.take();
            } catch (InterruptedException e) {
                // the writer ends only at END, so that no coded article is dropped
            }
        }
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private void fail(String message) {
        failed.incrementAndGet();
        synchronized (err) {
            err.println("sitrep: " + message);
        }
    }

    /**
     * Returns how many articles the sources hold when that can be known up front (files, folders
     * and JSON-lines files), else -1.
     */
    private static long countArticles(List<String> sources) {
        long n = 0;
        for (String source : sources) {
            if (source.equals("-")) {
                n++;
                continue;
            }
            if (isUrl(source)) return -1;
            Path path = Path.of(source);
            List<Path> files = Files.isDirectory(path) ? files(path) : Files.isRegularFile(path) ? List.of(path) : List.of();
            for (Path f : files) {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".warc") || name.endsWith(".warc.gz") || isFeedFile(f)) return -1;
                n += name.endsWith(".jsonl") ? lines(f) : 1;
            }
        }
        return n;
    }

    /** The regular, not hidden files under {@code dir}, in name order. */
    private static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> out = new ArrayList<>(walk.filter(Files::isRegularFile)
                    .filter(p -> !dir.relativize(p).toString().startsWith(".") && !p.getFileName().toString().startsWith("."))
                    .sorted().toList());
            return out;
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static boolean isFeedFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".rss") || name.endsWith(".atom")) return true;
        if (!name.endsWith(".xml")) return false;
        try (var in = Files.newInputStream(file)) {
            return Feeds.looksLikeFeed(null, in.readNBytes(2048));
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] head(byte[] body) {
        return java.util.Arrays.copyOf(body, Math.min(body.length, 2048));
    }

    static boolean isUrl(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
