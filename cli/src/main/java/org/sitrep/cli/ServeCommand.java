package org.sitrep.cli;

import org.sitrep.article.ArticleReader;
import org.sitrep.extract.Extractor;
import org.sitrep.server.ApiServer;
import org.sitrep.server.ServerConfig;
import org.sitrep.store.EventStore;
import org.sitrep.store.Ingest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/** {@code sitrep serve}: the HTTP API over the store, ingesting the given sources meanwhile. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the event store over HTTP: the map at /, the API under /api. Sources given are ingested in the "
                + "background, and kept watched with --watch. POST /api/articles needs the API token: "
                + "$SITREP_API_TOKEN, else the one in DATA_DIR/api-token (made on first use).")
final class ServeCommand implements Callable<Integer> {
    /** The environment variable that overrides the token file. */
    static final String TOKEN_VARIABLE = "SITREP_API_TOKEN";

    @Parameters(arity = "0..*", paramLabel = "SOURCE", description = "sources to ingest while serving (as for ingest)")
    List<String> sources = List.of();

    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    PlacesOptions places = new PlacesOptions();

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}; 0 for any free port)")
    int port;

    @Option(names = "--access-log", paramLabel = "FILE",
            description = "append a line per request to FILE: time, method, path, status, milliseconds (never a form's"
                    + " contents, a query string or a header)")
    java.nio.file.Path accessLog;

    @Option(names = "--watch", description = "keep polling the sources")
    boolean watch;

    @Option(names = "--every", defaultValue = "300", paramLabel = "SECONDS", description = "with --watch, seconds between polls")
    int every;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535");
        if (every < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--every must be 1 or more seconds");
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        String token = apiToken(store.dataDir());
        EventStore events = store.open();
        // The models load on first use, so the API answers at once; the first coded article waits for them.
        LazyCoder coder = new LazyCoder(places);
        Ingest ingest = new Ingest(events, coder);
        ApiServer server = new ApiServer(events, ingest, new ArticleReader(), new ServerConfig(port, token).withAccessLog(accessLog));
        int bound;
        try {
            bound = server.start();
        } catch (RuntimeException e) {
            events.close();
            throw new BadInputException("cannot serve on port " + port + ": " + rootMessage(e));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            events.close();
            stopped.countDown();
        }, "sitrep-stop"));
        System.out.println("Sitrep serves " + events.location() + ": open http://localhost:" + bound + "/ for the map"
                + " (the API is under /api; its token: " + (System.getenv(TOKEN_VARIABLE) != null ? "$" + TOKEN_VARIABLE
                : tokenFile(store.dataDir())) + ")");
        System.out.flush();
        if (!sources.isEmpty()) {
            Thread ingestThread = new Thread(() -> ingestLoop(ingest, err), "sitrep-ingest");
            ingestThread.setDaemon(true);
            ingestThread.start();
        }
        stopped.await();
        return 0;
    }

    private void ingestLoop(Ingest ingest, PrintWriter err) {
        try (Progress progress = new Progress(System.err, Progress.Style.NONE, Duration.ofSeconds(5))) {
            IngestRun run = new IngestRun(ingest, new ArticleReader(), null, Runtime.getRuntime().availableProcessors(), err, progress);
            do {
                IngestRun.Summary s = run.run(sources);
                System.out.println("ingest: " + IngestCommand.count(s.added(), "new article") + ", " + s.known()
                        + " already stored, " + s.failed() + " failed, " + IngestCommand.count(s.events(), "event") + " coded");
                System.out.flush();
                if (watch) Thread.sleep(every * 1000L);
            } while (watch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The extractor, loaded when the first article arrives. */
    private static final class LazyCoder implements Function<org.sitrep.model.Article, List<org.sitrep.model.Event>> {
        private final PlacesOptions places;
        private volatile Extractor extractor;

        LazyCoder(PlacesOptions places) {
            this.places = places;
        }

        @Override
        public List<org.sitrep.model.Event> apply(org.sitrep.model.Article article) {
            Extractor e = extractor;
            if (e == null) {
                synchronized (this) {
                    if (extractor == null) extractor = Extractor.multilingual(places.gazetteer());
                    e = extractor;
                }
            }
            return e.extract(article);
        }
    }

    static Path tokenFile(Path dataDir) {
        return dataDir.resolve("api-token");
    }

    /** $SITREP_API_TOKEN, else the token file's, made with a fresh random token (readable by its owner only) when missing. */
    static String apiToken(Path dataDir) {
        String fromEnv = System.getenv(TOKEN_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) return fromEnv.strip();
        Path file = tokenFile(dataDir);
        try {
            if (Files.exists(file)) {
                String token = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!token.isEmpty()) return token;
            }
            Files.createDirectories(dataDir);
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            try {
                // made readable by its owner only from the start, never for a moment by others
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file); // not a POSIX file system: the directory's own protection applies
            }
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
            return token;
        } catch (IOException e) {
            throw new BadInputException("cannot read or make the API token file " + file + ": " + e.getMessage());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
