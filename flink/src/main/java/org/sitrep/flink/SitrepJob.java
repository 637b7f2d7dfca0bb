package org.sitrep.flink;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Sitrep as a Flink job: articles from a Kafka topic are read and coded by the core's extractor
 * (in parallel), split by the country of their events, and stored by one writer per country
 * (keyed by ISO3) through the store's {@code addPart}, in the topic's order; each event a writer
 * creates or changes goes, as stored, to a topic of events, keyed by its event id. Nothing is lost
 * or stored twice across failures: Kafka offsets and the writers' waiting parts are in Flink's
 * checkpoints, and storing a part again stores nothing ({@code addPart} is idempotent).
 *
 * <pre>
 * Kafka articles ─► CodeArticles ─► keyBy(iso3) ─► StoreInTopicOrder ─► Kafka events
 *                    (core)                         (store: addPart into PostgreSQL)
 * </pre>
 *
 * <p>{@link #main} is what {@code flink run} starts; {@code sitrep stream} wires the same graph in
 * a local MiniCluster.
 */
public final class SitrepJob {
    private SitrepJob() {
    }

    /**
     * What the job reads and writes.
     *
     * @param kafka         the Kafka bootstrap servers, {@code host:port[,host:port]}
     * @param jdbcUrl       the store, a JDBC URL (PostgreSQL for a cluster)
     * @param articlesTopic where articles come from
     * @param eventsTopic   where events go
     * @param groupId       the consumer group whose committed offsets a fresh start begins at
     * @param bounded       stop at the articles' end offsets as they are at the start (tests,
     *                      benchmarks, a backfill) instead of running until stopped
     */
    public record Settings(String kafka, String jdbcUrl, String articlesTopic, String eventsTopic, String groupId,
                           boolean bounded) {
        public static final String ARTICLES = "sitrep-articles";
        public static final String EVENTS = "sitrep-events";
        public static final String GROUP = "sitrep";

        /** The default topics and group. */
        public static Settings of(String kafka, String jdbcUrl) {
            return new Settings(kafka, jdbcUrl, ARTICLES, EVENTS, GROUP, false);
        }

        public Settings withTopics(String articles, String events) {
            return new Settings(kafka, jdbcUrl, articles, events, groupId, bounded);
        }

        public Settings withGroup(String group) {
            return new Settings(kafka, jdbcUrl, articlesTopic, eventsTopic, group, bounded);
        }

        public Settings untilEnd() {
            return new Settings(kafka, jdbcUrl, articlesTopic, eventsTopic, groupId, true);
        }
    }

    /** Adds the job to {@code env}; parallelism, checkpointing and state recovery are the environment's. */
    public static void wire(StreamExecutionEnvironment env, Settings settings) {
        KafkaSourceBuilder<ArticleMessage> source = KafkaSource.<ArticleMessage>builder()
                .setBootstrapServers(settings.kafka())
                .setTopics(settings.articlesTopic())
                .setGroupId(settings.groupId())
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new ArticleMessages());
        if (settings.bounded()) source.setBounded(OffsetsInitializer.latest());

        WatermarkStrategy<ArticleMessage> topicOrder = WatermarkStrategy.<ArticleMessage>forGenerator(c -> new TopicOrder())
                .withTimestampAssigner((message, kafkaTimestamp) -> message.timestamp)
                .withIdleness(Duration.ofSeconds(5));

        env.fromSource(source.build(), topicOrder, "articles").uid("articles")
                .flatMap(new CodeArticles(settings.articlesTopic())).uid("code").name("code articles")
                .keyBy(part -> part.iso3)
                .process(new StoreInTopicOrder(settings.jdbcUrl())).uid("store").name("store per country")
                .sinkTo(eventsSink(settings)).uid("events").name("events");
    }

    /**
     * The events topic, at least once: every change is on the topic once Flink's checkpoint after
     * it completes, and a change stored after the last checkpoint is sent again after a restore.
     * Each message is the event as stored, keyed by its id, so that the topic is a changelog whose
     * latest message per key is the stored event (compact it, or keep the latest per key).
     * Exactly once would need Kafka transactions, but the Kafka connector 5.0.0-2.2 reaches into a
     * kafka-clients internal that 4.3 changed ({@code TransactionalRequestResult.await()}), and
     * fails at the first checkpoint with the 4.3 clients this build uses.
     */
    private static KafkaSink<EventMessage> eventsSink(Settings settings) {
        return KafkaSink.<EventMessage>builder()
                .setBootstrapServers(settings.kafka())
                .setRecordSerializer(new EventMessages(settings.eventsTopic()))
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .setProperty("enable.idempotence", "true")
                .build();
    }

    /**
     * Checkpointing for the job: exactly once, every {@code every}, into {@code directory} (a
     * {@code file://}, {@code s3://} or {@code hdfs://} URI; null leaves it to the cluster's
     * configuration), kept when the job is cancelled so that it can be restored.
     */
    public static Configuration checkpointing(Duration every, String directory) {
        Configuration conf = new Configuration();
        conf.setString("execution.checkpointing.interval", every.toMillis() + " ms");
        conf.setString("execution.checkpointing.mode", "EXACTLY_ONCE");
        conf.setString("execution.checkpointing.externalized-checkpoint-retention", "RETAIN_ON_CANCELLATION");
        if (directory != null) {
            conf.setString("execution.checkpointing.storage", "filesystem");
            conf.setString("execution.checkpointing.dir", directory);
        }
        return conf;
    }

    /**
     * {@code flink run sitrep-flink-job.jar --kafka HOST:PORT --db JDBC_URL [--articles TOPIC]
     * [--events TOPIC] [--group ID] [--checkpoint-every SECONDS] [--until-end]}; parallelism,
     * state backend and checkpoint storage come from the cluster ({@code -p}, its config).
     */
    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        String kafka = option(rest, "--kafka", null);
        String db = option(rest, "--db", null);
        String articles = option(rest, "--articles", Settings.ARTICLES);
        String events = option(rest, "--events", Settings.EVENTS);
        String group = option(rest, "--group", Settings.GROUP);
        long every = Long.parseLong(option(rest, "--checkpoint-every", "10"));
        boolean untilEnd = rest.remove("--until-end");
        if (kafka == null || db == null || !rest.isEmpty()) {
            System.err.println("usage: SitrepJob --kafka HOST:PORT --db JDBC_URL [--articles TOPIC] [--events TOPIC]"
                    + " [--group ID] [--checkpoint-every SECONDS] [--until-end]"
                    + (rest.isEmpty() ? "" : " (not understood: " + String.join(" ", rest) + ")"));
            System.exit(2);
        }
        Settings settings = Settings.of(kafka, db).withTopics(articles, events).withGroup(group);
        if (untilEnd) settings = settings.untilEnd();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.configure(checkpointing(Duration.ofSeconds(every), null));
        wire(env, settings);
        env.execute("sitrep: " + articles + " -> " + events);
    }

    private static String option(List<String> args, String name, String otherwise) {
        int i = args.indexOf(name);
        if (i < 0) return otherwise;
        if (i + 1 >= args.size()) throw new IllegalArgumentException(name + " needs a value");
        String value = args.get(i + 1);
        args.remove(i + 1);
        args.remove(i);
        return value;
    }
}
