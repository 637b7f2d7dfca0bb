package org.sitrep.flink;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.model.EventWriter;
import org.sitrep.store.EventStore;
import org.sitrep.store.ScratchSchema;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job in a Flink MiniCluster at parallelism 2, fed by a Kafka broker in this JVM with the 200
 * test articles (and two messages that are no article) on two partitions, stores in PostgreSQL
 * exactly what the store's ingest path stores for the same articles one after another, and puts
 * every stored event on the events topic.
 */
class StreamEqualsIngestIT {
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
    void theEventsInPostgresAreWhatIngestStoresForTheSameArticles() throws Exception {
        List<String> articles = TestArticles.all();
        // two messages that are no article: each is one line on stderr, and the job goes on
        List<String> messages = new ArrayList<>(articles);
        messages.add(50, "this is not JSON");
        messages.add(120, "{\"id\": \"no-text\", \"published\": \"2024-03-12\"}");
        kafka.createTopic("articles-equal", 2);
        kafka.createTopic("events-equal", 1);
        // timestamps of now: the broker deletes messages older than its retention (7 days) from the log
        kafka.produce("articles-equal", 2, messages, System.currentTimeMillis(), Duration.ZERO);

        try (ScratchSchema streamed = ScratchSchema.create(Postgres.server(), "sitrep_stream_")) {
            EventStore.open(streamed.url(), null).close();
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2,
                    SitrepJob.checkpointing(Duration.ofSeconds(1), checkpoints.toUri().toString()));
            SitrepJob.wire(env, SitrepJob.Settings.of(kafka.bootstrap(), streamed.url())
                    .withTopics("articles-equal", "events-equal").withGroup("equal").untilEnd());
            env.execute("stream equals ingest");

            List<String> expected = StoreContents.ingestedOnce(articles);
            System.out.printf("the store holds %d rows of articles, events, sources and history%n", expected.size());
            assertEquals(String.join("\n", expected), String.join("\n", StoreContents.of(streamed.url())));

            try (EventStore store = EventStore.open(streamed.url(), null)) {
                Event ouallam = store.events(1000, 0).stream().filter(e -> e.place().admin2().contains("Ouallam")
                        || e.place().location().contains("Ouallam")).findFirst().orElseThrow();
                assertEquals(List.of("ouallam-1", "ouallam-2", "ouallam-3", "ouallam-4", "ouallam-5"),
                        store.sources(ouallam.eventId()).stream().map(Event::articleId).toList());
                assertEquals(List.of("en", "en", "en", "en", "fr"),
                        store.sources(ouallam.eventId()).stream().map(Event::language).toList());
                assertEventsTopicHoldsTheStore(kafka.readCommitted("events-equal", Duration.ofSeconds(3)), store, true);
            }
        }
    }

    /**
     * Every stored event is on the topic and its last message is the event as stored; it has one
     * message per source article (each part that created or changed it), exactly one when
     * {@code once} (a run without failures), at least one otherwise.
     */
    static void assertEventsTopicHoldsTheStore(List<ConsumerRecord<String, String>> messages, EventStore store,
                                               boolean once) {
        Map<String, String> last = new LinkedHashMap<>();
        Map<String, Integer> count = new TreeMap<>();
        for (ConsumerRecord<String, String> m : messages) {
            last.put(m.key(), m.value());
            count.merge(m.key(), 1, Integer::sum);
        }
        Map<String, Integer> sources = new TreeMap<>();
        Map<String, String> stored = new TreeMap<>();
        for (Event e : store.events(100_000, 0)) {
            sources.put(e.eventId(), store.sources(e.eventId()).size());
            stored.put(e.eventId(), EventWriter.json(e, false));
        }
        assertTrue(!stored.isEmpty(), "the store holds events");
        if (once) {
            assertEquals(sources, count, "messages per event id = the event's sources");
        } else {
            assertEquals(sources.keySet(), count.keySet(), "every stored event is on the topic, and nothing else");
            sources.forEach((id, n) -> assertTrue(count.get(id) >= n, id + ": a message for each of its " + n + " sources"));
        }
        assertEquals(stored, new TreeMap<>(last), "each event's last message is the event as stored");
    }
}
