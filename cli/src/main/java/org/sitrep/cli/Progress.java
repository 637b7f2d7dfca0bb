package org.sitrep.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The progress of a long run on stderr: done out of total (when known), a bar, articles per second
 * and the time left. On a terminal it redraws one line; otherwise ({@link Style#LINES}) it prints a
 * line every few seconds, which logs and tests can read.
 */
final class Progress implements AutoCloseable {
    enum Style { BAR, LINES, NONE }

    private static final int BAR_WIDTH = 24;

    private final PrintStream out;
    private final Style style;
    private final long startNanos = System.nanoTime();
    private final AtomicLong total = new AtomicLong(-1);
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private final ScheduledExecutorService ticker;
    private int lastWidth;

    Progress(PrintStream out, Style style, Duration every) {
        this.out = out;
        this.style = style;
        if (style == Style.NONE) {
            ticker = null;
        } else {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::show, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The style for stderr: a bar on a terminal, lines otherwise. */
    static Style forTerminal() {
        return System.console() != null ? Style.BAR : Style.LINES;
    }

    /** Sets how many articles the run will read, once that is known; -1 for unknown. */
    void total(long articles) {
        total.set(articles);
    }

    /** Counts one more article read (stored, skipped or failed), which gave {@code coded} events. */
    void done(int coded) {
        done.incrementAndGet();
        events.addAndGet(coded);
    }

    long articles() {
        return done.get();
    }

    /** Articles per second since the start. */
    double rate() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return seconds <= 0 ? 0 : done.get() / seconds;
    }

    synchronized void show() {
        String line = line();
        if (style == Style.BAR) {
            out.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            lastWidth = line.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** "120/500 articles [#####------] 41.3/s, 9s left, 310 events", or without total, bar and time left. */
    String line() {
        long n = done.get();
        long all = total.get();
        double rate = rate();
        StringBuilder b = new StringBuilder();
        b.append(n);
        if (all > 0) {
            b.append('/').append(all).append(" articles [");
            int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * n / all);
            b.append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append(']');
        } else {
            b.append(" articles");
        }
        b.append(String.format(Locale.ROOT, " %.1f/s", rate));
        if (all > 0 && rate > 0 && n < all) b.append(", ").append(duration((long) ((all - n) / rate))).append(" left");
        b.append(", ").append(events.get()).append(" events");
        return b.toString();
    }

    static String duration(long seconds) {
        if (seconds < 60) return seconds + "s";
        if (seconds < 3600) return seconds / 60 + "m " + seconds % 60 + "s";
        return seconds / 3600 + "h " + seconds % 3600 / 60 + "m";
    }

    /** Stops redrawing and leaves the last state on its own line. */
    @Override
    public void close() {
        if (ticker == null) return;
        ticker.shutdownNow();
        show();
        if (style == Style.BAR) {
            out.println();
            out.flush();
        }
    }
}
