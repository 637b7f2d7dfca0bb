package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.flink.KafkaBroker;
import org.sitrep.flink.Postgres;
import org.sitrep.flink.StoreContents;
import org.sitrep.flink.TestArticles;
import org.sitrep.store.ScratchSchema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The commands as a user runs them: {@code sitrep stream --until-end} over the 200 stream test
 * articles on a Kafka topic (a broker in this JVM) stores in PostgreSQL exactly what {@code sitrep
 * ingest --threads 1} stores from the same articles in a JSON-lines file.
 */
class StreamCommandIT {
    @TempDir
    Path dir;

    @Test
    void sitrepStreamStoresWhatSitrepIngestStores() throws Exception {
        List<String> articles = TestArticles.all();
        Path file = Files.write(dir.resolve("articles.jsonl"), articles);
        try (KafkaBroker kafka = KafkaBroker.start();
             ScratchSchema ingested = ScratchSchema.create(Postgres.server(), "sitrep_cli_ingest_");
             ScratchSchema streamed = ScratchSchema.create(Postgres.server(), "sitrep_cli_stream_")) {
            kafka.createTopic("sitrep-articles", 2);
            kafka.createTopic("sitrep-events", 1);
            kafka.produce("sitrep-articles", 2, articles, System.currentTimeMillis(), Duration.ZERO);

            assertEquals(0, Sitrep.run("ingest", "--db", ingested.url(), "--threads", "1", "--progress", "none",
                    file.toString()));
            assertEquals(0, Sitrep.run("stream", "--kafka", kafka.bootstrap(), "--db", streamed.url(), "--until-end",
                    "--parallelism", "2", "--checkpoints", dir.resolve("checkpoints").toString()));

            assertEquals(String.join("\n", StoreContents.of(ingested.url())),
                    String.join("\n", StoreContents.of(streamed.url())));
        }
    }
}
