package org.sitrep.flink;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EventStore;
import org.sitrep.store.ScratchSchema;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job is cancelled midway, after a checkpoint, with 120 of the 200 articles on the topic, and
 * started again from that checkpoint once the other 80 have come: the store ends with exactly what the ingest path stores for the same
 * articles (nothing lost, nothing twice), and the events topic holds every stored event.
 */
class StreamRestoreIT {
    private static KafkaBroker kafka;

    @TempDir
    Path checkpoints;

    @BeforeAll
    static void startKafka() throws Exception {
        kafka = KafkaBroker.start();
    }

    @AfterAll
    static void stopKafka() throws Exception {
        if (kafka != null) kafka.close();
    }

    @Test
    void aJobStoppedMidwayAndRestoredFromItsLastCheckpointLosesAndRepeatsNothing() throws Exception {
        List<String> articles = TestArticles.all();
        List<String> expected = StoreContents.ingestedOnce(articles);
        kafka.createTopic("articles-restore", 1);
        kafka.createTopic("events-restore", 1);
        // 120 articles are there when the job starts, the other 80 come while it is stopped
        long now = System.currentTimeMillis();
        kafka.produce("articles-restore", 1, articles.subList(0, 120), now, Duration.ZERO);

        try (ScratchSchema streamed = ScratchSchema.create(Postgres.server(), "sitrep_restore_")) {
            EventStore.open(streamed.url(), null).close();
            SitrepJob.Settings settings = SitrepJob.Settings.of(kafka.bootstrap(), streamed.url())
                    .withTopics("articles-restore", "events-restore").withGroup("restore");

            JobClient first = start(settings, null);
            waitFor(Duration.ofSeconds(120), "a checkpoint and 40 stored articles",
                    () -> Checkpoints.latest(checkpoints).isPresent() && articles(streamed) >= 40);
            first.cancel().get();
            long storedAtStop = articles(streamed);
            Path checkpoint = Checkpoints.latest(checkpoints).orElseThrow();
            System.out.printf("stopped with %d articles stored; restoring from %s%n", storedAtStop, checkpoint);
            assertTrue(storedAtStop < expectedArticles(expected), "stopped midway: " + storedAtStop + " articles stored");
            kafka.produce("articles-restore", 1, articles.subList(120, articles.size()), now + 120, Duration.ZERO);

            JobClient second = start(settings, checkpoint.toString());
            try {
                waitFor(Duration.ofSeconds(120), "the store to hold what ingest stores",
                        () -> contents(streamed).equals(expected));
            } catch (AssertionError e) {
                System.out.printf("restored job %s; %d articles stored; first difference: %s%n",
                        second.getJobStatus().get(), articles(streamed), firstDifference(expected, contents(streamed)));
                throw e;
            } finally {
                second.cancel().get();
            }

            assertEquals(String.join("\n", expected), String.join("\n", StoreContents.of(streamed.url())));
            try (EventStore store = EventStore.open(streamed.url(), null)) {
                var messages = kafka.readCommitted("events-restore", Duration.ofSeconds(3));
                StreamEqualsIngestIT.assertEventsTopicHoldsTheStore(messages, store, false);
                System.out.printf("events topic: %d messages for %d sources%n", messages.size(), store.totals().sources());
            }
        }
    }

    private JobClient start(SitrepJob.Settings settings, String restoreFrom) throws Exception {
        Configuration conf = SitrepJob.checkpointing(Duration.ofMillis(300), checkpoints.toUri().toString());
        if (restoreFrom != null) conf.setString("execution.state-recovery.path", restoreFrom);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2, conf);
        SitrepJob.wire(env, settings);
        return env.executeAsync(restoreFrom == null ? "stream, first run" : "stream, restored");
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) return "\nexpected " + expected.get(i) + "\nactual   " + actual.get(i);
        }
        return "sizes " + expected.size() + " and " + actual.size();
    }

    private static long expectedArticles(List<String> contents) {
        return contents.stream().filter(l -> l.startsWith("input_id=")).count();
    }

    private static long articles(ScratchSchema schema) {
        try {
            return StoreContents.articles(schema.url());
        } catch (Exception e) {
            return -1;
        }
    }

    private static List<String> contents(ScratchSchema schema) {
        try {
            return StoreContents.of(schema.url());
        } catch (Exception e) {
            return List.of();
        }
    }

    private static void waitFor(Duration atMost, String what, BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) throw new AssertionError("waited " + atMost.toSeconds() + " s for " + what);
            Thread.sleep(100);
        }
    }
}
