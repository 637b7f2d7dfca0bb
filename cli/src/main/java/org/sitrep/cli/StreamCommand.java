package org.sitrep.cli;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.sitrep.flink.Checkpoints;
import org.sitrep.flink.SitrepJob;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreTotals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * {@code sitrep stream}: the Flink job ({@link SitrepJob}) in a local MiniCluster, the same job
 * graph {@code flink run} submits to a cluster. Ctrl-C stops it with a savepoint after the writers
 * have stored every article they hold (Flink's "drain"), so the Kafka offsets it commits leave
 * nothing behind; the next start resumes from the newest savepoint or checkpoint (after a crash,
 * the last checkpoint). With {@code --until-end} it starts from the consumer group's committed
 * offsets instead, since Flink's Kafka source gives partitions restored from a checkpoint no end.
 */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = "Runs the Flink job in this process (a local MiniCluster): articles from a Kafka topic"
                + " ({\"id\", \"text\"|\"html\", \"published\", \"url\", \"language\"} as JSON), coded and merged into the store,"
                + " each new or changed event onto an events topic; until stopped with Ctrl-C, or with --until-end"
                + " until the articles topic's end.")
final class StreamCommand implements Callable<Integer> {
    @Option(names = "--kafka", required = true, paramLabel = "HOST:PORT", description = "Kafka bootstrap servers")
    String kafka;

    @Option(names = "--db", required = true, paramLabel = "JDBC_URL",
            description = "the store, e.g. jdbc:postgresql://host/sitrep?user=u&password=p")
    String db;

    @Option(names = "--articles", defaultValue = SitrepJob.Settings.ARTICLES, paramLabel = "TOPIC",
            description = "the topic articles come from (default ${DEFAULT-VALUE})")
    String articles;

    @Option(names = "--events", defaultValue = SitrepJob.Settings.EVENTS, paramLabel = "TOPIC",
            description = "the topic events go to, keyed by event id (default ${DEFAULT-VALUE})")
    String events;

    @Option(names = "--group", defaultValue = SitrepJob.Settings.GROUP, paramLabel = "ID",
            description = "consumer group whose committed offsets a fresh start begins at (default ${DEFAULT-VALUE})")
    String group;

    @Option(names = "--parallelism", paramLabel = "N", description = "parallel slots (default: the number of cores)")
    int parallelism = Runtime.getRuntime().availableProcessors();

    @Option(names = "--checkpoints", paramLabel = "DIR",
            description = "where checkpoints and savepoints are kept; the newest is resumed from, except with --until-end"
                    + " (default ~/.sitrep/stream-checkpoints)")
    Path checkpoints;

    @Option(names = "--checkpoint-every", defaultValue = "10", paramLabel = "SECONDS",
            description = "seconds between checkpoints (default ${DEFAULT-VALUE})")
    int checkpointEvery;

    @Option(names = "--until-end", description = "from the consumer group's committed offsets to the articles topic's"
            + " end as it is at the start (a backfill)")
    boolean untilEnd;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (parallelism < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--parallelism must be 1 or more");
        if (checkpointEvery < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--checkpoint-every must be 1 or more seconds");
        }
        checkTopics();
        StoreTotals before = storeTotals();
        Path dir = checkpoints != null ? checkpoints : EventStore.defaultDataDir().resolve("stream-checkpoints");
        Configuration conf = SitrepJob.checkpointing(Duration.ofSeconds(checkpointEvery), dir.toAbsolutePath().toUri().toString());
        Optional<Path> resume = untilEnd ? Optional.empty() : Checkpoints.latest(dir);
        resume.ifPresent(p -> conf.setString("execution.state-recovery.path", p.toString()));

        SitrepJob.Settings settings = SitrepJob.Settings.of(kafka, db).withTopics(articles, events).withGroup(group);
        if (untilEnd) settings = settings.untilEnd();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, conf);
        SitrepJob.wire(env, settings);
        long start = System.nanoTime();
        JobClient job;
        try {
            job = env.executeAsync("sitrep stream " + articles + " -> " + events);
        } catch (Exception e) {
            throw new BadInputException("the stream job cannot start" + resume.map(p -> " from " + p).orElse("")
                    + ": " + rootMessage(e));
        }
        System.err.printf("sitrep stream: %s at %s into %s, events to %s; parallelism %d; %s%n", articles, kafka,
                location(), events, parallelism, resume.map(p -> "resumed from " + p)
                        .orElse(untilEnd ? "from group " + group + "'s offsets to the end" : "checkpoints in " + dir));
        String savepoints = dir.resolve("savepoints").toAbsolutePath().toUri().toString();
        Thread stop = new Thread(() -> stop(job, savepoints), "sitrep-stream-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            job.getJobExecutionResult().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new BadInputException("the stream job failed: " + rootMessage(cause));
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook cancels the job
            }
        }
        StoreTotals after = storeTotals();
        System.out.printf(java.util.Locale.ROOT, "stream: %d new articles, %d new events, in %.1f s; the store holds %s from %s%n",
                after.articles() - before.articles(), after.events() - before.events(),
                (System.nanoTime() - start) / 1e9, IngestCommand.count(after.events(), "event"),
                IngestCommand.count(after.articles(), "article"));
        return 0;
    }

    /** Stops the job with a drained savepoint (every held article stored), or cancels it when that fails. */
    private static void stop(JobClient job, String savepoints) {
        try {
            String savepoint = job.stopWithSavepoint(true, savepoints, SavepointFormatType.CANONICAL).get(120, TimeUnit.SECONDS);
            System.err.println("sitrep stream: stopped; savepoint " + savepoint);
        } catch (Exception e) {
            try {
                job.cancel().get(30, TimeUnit.SECONDS);
                System.err.println("sitrep stream: cancelled (no savepoint: " + rootMessage(e) + "); the last checkpoint is kept");
            } catch (Exception again) {
                // already finished, or the MiniCluster is gone with the JVM
            }
        }
    }

    /** Fails in one line when Kafka cannot be reached or a topic is missing, rather than letting the job wait forever. */
    private void checkTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000))) {
            Set<String> topics = admin.listTopics().names().get(20, TimeUnit.SECONDS);
            for (String topic : new String[] {articles, events}) {
                if (!topics.contains(topic)) throw new BadInputException("Kafka at " + kafka + " has no topic " + topic);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException("interrupted while reaching Kafka at " + kafka);
        } catch (ExecutionException | java.util.concurrent.TimeoutException | org.apache.kafka.common.KafkaException e) {
            throw new BadInputException("cannot reach Kafka at " + kafka + ": " + rootMessage(e));
        }
    }

    private StoreTotals storeTotals() {
        try (EventStore store = EventStore.open(db, null)) {
            return store.totals();
        } catch (StoreException e) {
            throw new BadInputException(e.getMessage().lines().findFirst().orElse("cannot open the store"));
        }
    }

    private String location() {
        return db.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(t.getClass().getSimpleName());
    }
}
