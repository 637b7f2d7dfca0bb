package org.sitrep.server;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import io.javalin.util.JavalinBindException;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.sitrep.article.ArticleReader;
import org.sitrep.store.Accounts;
import org.sitrep.store.EventStore;
import org.sitrep.store.Ingest;
import org.sitrep.store.Logins;
import org.sitrep.store.Replies;
import org.sitrep.store.Reviews;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The HTTP API of the event store: search and export events, read articles, post new ones, and
 * watch the server's health. Every answer is JSON (exports and metrics aside), and every error is
 * {@code {"error": "<one sentence>", "parameter": "<name>"}}. {@code GET /api/openapi.json}
 * describes each route. Beside the API, the analysts' pages for people: the map at {@code /}, its
 * files under {@code /assets/}, and one page per event and per article ({@link WebPages}); and the
 * reviewers' login ({@link LoginEndpoints}) and tools ({@link ReviewEndpoints}) and the admins'
 * accounts page ({@link AdminEndpoints}), each write checked by {@link Reviewer}.
 *
 * <p>The server reads and writes through the store it is given and does not close it.
 */
public final class ApiServer implements AutoCloseable {
    /** Request threads: a few per core (see the constructor). */
    private static final int THREADS = Math.max(16, 8 * Runtime.getRuntime().availableProcessors());

    private final Javalin app;
    private final ServerConfig config;
    private final List<String> registered = new CopyOnWriteArrayList<>();
    private final WebPages web;
    /** Where requests are logged, when the configuration names a file; opened by {@link #start()}. */
    private volatile AccessLog accessLog;

    /**
     * Prepares a server; {@link #start()} opens its port.
     *
     * @param store  where events and articles are read
     * @param ingest how posted articles are coded and stored
     * @param reader how posted text, pages and URLs become articles
     * @param config the port, the API token and the body limit
     */
    public ApiServer(EventStore store, Ingest ingest, ArticleReader reader, ServerConfig config) {
        this.config = config;
        PageCache pages = new PageCache(store, config.cachedPages());
        PageCache cells = new PageCache(store, config.cachedPages());
        PageCache weeks = new PageCache(store, config.cachedPages());
        Sessions sessions = new Sessions(new Logins(store), Clock.systemUTC());
        Accounts accounts = new Accounts(store);
        Reviewer reviewer = new Reviewer(accounts, sessions);
        EventEndpoints events = new EventEndpoints(store, pages);
        ArticleEndpoints articles = new ArticleEndpoints(store, ingest, reader, new BearerToken(config.apiToken()), reviewer);
        RequestMetrics metrics = new RequestMetrics();
        StatusEndpoints status = new StatusEndpoints(store, metrics, pages);
        MapEndpoints map = new MapEndpoints(store, cells, weeks);
        Replies replies = new Replies(store);
        Reviews reviews = new Reviews(store);
        FormToken tokens = new FormToken(Clock.systemUTC());
        this.web = new WebPages(store, replies, tokens, new ReviewSection(store, reviews, reviewer));
        ReplyEndpoints replyEndpoints = new ReplyEndpoints(store, replies, tokens, web);
        LoginEndpoints login = new LoginEndpoints(accounts, sessions, reviewer, tokens);
        ReviewEndpoints review = new ReviewEndpoints(store, reviews, replies, reviewer, web, () -> {
            pages.forget();
            cells.forget();
            weeks.forget();
        });
        AdminEndpoints admin = new AdminEndpoints(accounts, reviewer);
        this.app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            // A few threads per core: more only take turns on the same cores and the store's
            // connections (Jetty's default is 200), so requests wait in Jetty's queue instead.
            c.jetty.threadPool = new QueuedThreadPool(THREADS, Math.min(THREADS, 8), 60_000);
            c.http.prefer405over404 = true;
            c.jsonMapper(new JavalinJackson(ApiJson.MAPPER, false));
            c.jetty.modifyServer(jetty -> jetty.setErrorHandler(new JsonErrorPage()));
            c.events.handlerAdded(h -> registered.add(h.getHttpMethod() + " " + h.getPath()));
            c.requestLogger.http((ctx, ms) -> {
                metrics.record(ctx.method().name(), route(ctx), ctx.statusCode(), ms / 1000.0);
                if (accessLog != null) accessLog.record(ctx.method().name(), ctx.path(), ctx.statusCode(), ms);
            });
            routes(c.routes, events, articles, status, map, web, replyEndpoints, login, review, admin);
            errors(c.routes);
        });
    }

    /** Every route the server answers; openapi.json describes exactly the /api ones. */
    private static void routes(RoutesConfig r, EventEndpoints events, ArticleEndpoints articles, StatusEndpoints status,
                               MapEndpoints map, WebPages web, ReplyEndpoints replies, LoginEndpoints login,
                               ReviewEndpoints review, AdminEndpoints admin) {
        r.get("/", web::index);
        r.get("/assets/<path>", web::asset);
        r.get("/events/{id}", web::event);
        r.post("/events/{id}/replies", ctx -> replies.post(ctx, "event"));
        r.get("/articles/{id}", web::article);
        r.post("/articles/{id}/replies", ctx -> replies.post(ctx, "article"));
        r.get("/login", login::form);
        r.post("/login", login::login);
        r.post("/logout", login::logout);
        r.post("/events/{id}/status", review::status);
        r.post("/events/{id}/edit", review::edit);
        r.post("/events/{id}/split", review::split);
        r.post("/events/{id}/merge", review::merge);
        r.get("/review", review::moderation);
        r.post("/replies/{id}/approve", review::approve);
        r.post("/replies/{id}/delete", review::delete);
        r.get("/api/audit.csv", review::auditCsv);
        r.get(AdminEndpoints.PATH, admin::page);
        r.post(AdminEndpoints.PATH + "/accounts", admin::add);
        r.post(AdminEndpoints.PATH + "/accounts/{name}/role", admin::role);
        r.post(AdminEndpoints.PATH + "/accounts/{name}/unlock", admin::unlock);
        r.post(AdminEndpoints.PATH + "/accounts/{name}/revoke", admin::revoke);
        r.get("/api/events", events::search);
        r.get("/api/events.csv", ctx -> events.export(ctx, ExportFormat.CSV));
        r.get("/api/events.geojson", ctx -> events.export(ctx, ExportFormat.GEOJSON));
        r.get("/api/events.jsonl", ctx -> events.export(ctx, ExportFormat.JSONL));
        r.get("/api/events/{id}", events::event);
        r.get("/api/map", map::map);
        r.get("/api/timeline", map::timeline);
        r.get("/api/articles/{id}", articles::article);
        r.post("/api/articles", articles::submit);
        r.get("/api/health", status::health);
        r.get("/api/metrics", status::metrics);
        r.get("/api/openapi.json", status::openApi);
    }

    /** Turns every failure into the one error shape, with the status that fits it. */
    private void errors(RoutesConfig r) {
        r.exception(ApiError.class, (e, ctx) -> {
            if (e.status() == 401) ctx.header("WWW-Authenticate", "Bearer");
            if ((e.status() == 401 || e.status() == 403) && wantsPage(ctx)) {
                web.refused(ctx, e.status(), e.getMessage());
                return;
            }
            answer(ctx, e.status(), e.getMessage(), e.parameter());
        });
        r.exception(HttpResponseException.class, (e, ctx) -> {
            // A person following a link gets a page; a program calling /api gets the error shape.
            if (e.getStatus() == 404 && ctx.method().name().equals("GET") && !ctx.path().startsWith("/api/")) {
                web.notFound(ctx, "There is no page " + ctx.path() + ".");
            } else {
                answer(ctx, e.getStatus(), sentence(e, ctx), null);
            }
        });
        r.exception(Exception.class, (e, ctx) -> {
            // The client learns only that it failed; the operator gets the whole story, once.
            System.err.println("sitrep server: " + ctx.method() + " " + ctx.path() + " failed:");
            e.printStackTrace();
            answer(ctx, 500, "internal error", null);
        });
    }

    /** Javalin's own refusals (no route, wrong method, body too large) as sentences a client can act on. */
    private String sentence(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> "There is no route " + ctx.method() + " " + ctx.path() + "; /api/openapi.json lists the routes.";
            case 405 -> ctx.path() + " does not answer " + ctx.method() + "; /api/openapi.json lists the routes.";
            case 413 -> "The request body is larger than the limit of " + config.maxBodyBytes() + " bytes.";
            default -> e.getMessage();
        };
    }

    /** Whether the request came from a person's browser (a page route, HTML accepted) rather than a program. */
    private static boolean wantsPage(Context ctx) {
        String accept = ctx.header("Accept");
        return !ctx.path().startsWith("/api/") && accept != null && accept.contains("text/html");
    }

    private static void answer(Context ctx, int status, String message, String parameter) {
        if (ctx.res().isCommitted()) return; // an export already under way: nothing more can be said
        ctx.res().resetBuffer();
        ctx.removeHeader("Content-Disposition");
        ctx.status(status).json(ApiJson.error(message, parameter));
    }

    /** The route's path template, so that metrics have one series per route, not one per id. */
    private static String route(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? RequestMetrics.UNMATCHED : matched.path;
    }

    /**
     * Starts listening on the configured port (any free port when it is 0), on every interface.
     *
     * @return the port the server listens on
     * @throws IllegalStateException when the port is taken or cannot be bound, or the access log
     *                               cannot be opened (the message says which), or the server was
     *                               started before
     */
    public int start() {
        if (config.accessLog() != null) accessLog = AccessLog.open(config.accessLog());
        try {
            app.start(config.port());
        } catch (JavalinBindException e) {
            throw new IllegalStateException("cannot listen on port " + config.port() + ": " + e.getMessage(), e);
        }
        return app.port();
    }

    /** Stops listening and stops the server's threads; the store stays open. */
    @Override
    public void close() {
        app.stop();
        if (accessLog != null) accessLog.close();
    }

    /** Returns the routes as registered, "GET /api/events" and so on, for checking against openapi.json. */
    List<String> routes() {
        return List.copyOf(registered);
    }
}
