package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.model.EventWriter;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreTotals;

/**
 * Kill -9 in the middle of {@code sitrep ingest}, run it again, and the store holds exactly what one
 * uninterrupted run stores: every article once, the same events under the same ids.
 */
class IngestCrashIT {
    private static final int ARTICLES = 600;
    private static final Pattern DONE = Pattern.compile("^(\\d+)/" + ARTICLES + " articles");

    @TempDir
    Path dir;

    @Test
    void killedIngestRunAgainLosesAndDuplicatesNothing() throws Exception {
        Path folder = Reports.write(dir.resolve("reports"), ARTICLES);
        Path crashed = dir.resolve("crashed");
        Path clean = dir.resolve("clean");

        int doneAtKill = ingestAndKill(folder, crashed);
        assertTrue(doneAtKill > 0 && doneAtKill < ARTICLES, "killed after " + doneAtKill + " articles");
        int storedAtKill = articles(crashed);
        assertTrue(storedAtKill > 0 && storedAtKill < ARTICLES, "stored before the kill: " + storedAtKill);

        Process rerun = child(folder, crashed);
        assertTrue(rerun.waitFor(5, TimeUnit.MINUTES), "the second run finishes");
        assertEquals(0, rerun.exitValue(), "the second run succeeds");
        assertEquals(0, CommandRun.of("ingest", "--data", clean.toString(), "--threads", "1", "--progress", "none",
                folder.toString()).exitCode());

        assertEquals(ARTICLES, articles(crashed));
        assertEquals(eventsOf(clean), eventsOf(crashed));
    }

    /** Starts an ingest in a child process and kills it (SIGKILL) once it has stored some articles. */
    private int ingestAndKill(Path folder, Path data) throws IOException, InterruptedException {
        Process p = child(folder, data);
        int done = 0;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                Matcher m = DONE.matcher(line);
                if (m.find() && Integer.parseInt(m.group(1)) >= 20) {
                    done = Integer.parseInt(m.group(1));
                    p.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback, no close
                    break;
                }
            }
        }
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        return done;
    }

    /** {@code sitrep ingest} in a JVM of its own, one worker so the order of articles is fixed. */
    private static Process child(Path folder, Path data) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                Sitrep.class.getName(), "ingest", "--data", data.toString(), "--threads", "1",
                "--progress", "lines", "--progress-every", "1", folder.toString()));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static int articles(Path data) {
        try (EventStore store = EventStore.open(null, data)) {
            StoreTotals t = store.totals();
            return (int) t.articles();
        }
    }

    /** Every stored event as JSON, in id order. */
    private static List<String> eventsOf(Path data) {
        List<String> out = new ArrayList<>();
        try (EventStore store = EventStore.open(null, data)) {
            store.forEach(EventQuery.builder().sort(EventQuery.Sort.parse("event_id")).build(),
                    (Event e) -> out.add(EventWriter.json(e, false)));
        }
        return out;
    }
}
