package org.sitrep.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The live event store: articles, the events read from them, which articles report which event,
 * and what happened to events since. One schema, kept by Flyway migrations, on an embedded H2 file
 * database by default or on any JDBC URL (PostgreSQL).
 *
 * <p>Every method runs in one transaction: when it throws, nothing it meant to write is written.
 * Its methods may be called from many threads at once: reads run side by side on a small pool of
 * connections, and writes one at a time, so that two reports of one occurrence arriving together
 * still merge.
 */
public final class EventStore implements AutoCloseable {
    /** The prefix of event ids whose country is unknown (ISO 3166 keeps X.. codes for private use). */
    static final String UNKNOWN_COUNTRY = "XXX";

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final String ARTICLE_COLUMNS =
            "id, input_id, url, content_hash, title, published, source, language, body, fetched_at";

    /** Flyway reports each step at INFO through java.util.logging; a user needs only its warnings. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Parsed statements H2 keeps per connection: more than the store has. */
    private static final int STATEMENT_CACHE = 64;

    /** Connections for readers and the writer; a server's readers need a few at once. */
    private static final int POOL_SIZE = 12;

    private final HikariDataSource pool;
    private final String url;
    /** Held by every write, so merges see each other's events. */
    private final Object writeLock = new Object();
    /** Writes through this store object, so that {@link #version} knows at once when to read again. */
    private final AtomicLong localWrites = new AtomicLong();
    private volatile VersionRead lastVersion;
    private static final long VERSION_FRESH_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    /** How many events match each recent filter: paging through one filter counts its matches once. */
    private final Map<String, CachedCount> counts = new ConcurrentHashMap<>();

    /**
     * The longest a count is trusted: {@link #version} catches every change but one, two writers'
     * commits landing out of order on a shared PostgreSQL.
     */
    private static final long COUNT_TTL_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final int MAX_CACHED_COUNTS = 10_000;

    private record CachedCount(long total, long version, long atNanos) {
    }

    private EventStore(HikariDataSource pool, String url) {
        this.pool = pool;
        this.url = url;
    }

    /**
     * Opens the store at {@code jdbcUrl}, or, when it is null, the H2 file database
     * {@code <dataDir>/sitrep} ({@code ~/.sitrep} when {@code dataDir} is null too), and brings its
     * schema up to date.
     *
     * @throws StoreException when the database cannot be reached or its schema cannot be migrated
     */
    public static EventStore open(String jdbcUrl, Path dataDir) {
        String url = jdbcUrl != null ? jdbcUrl : h2Url(dataDir != null ? dataDir : defaultDataDir());
        try {
            Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot bring the store at " + url + " up to date: " + e.getMessage(), e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setAutoCommit(false);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setPoolName("sitrep-store");
        try {
            return new EventStore(new HikariDataSource(config), url);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store at " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns a number that grows whenever stored events change (created, merged, split, imported),
     * by this process or any other on the same database, so that a caller can tell whether
     * something it read may be out of date: the last entry of the events' history. This process's
     * writes change it at once; other processes' within a quarter of a second, since it is read
     * again no more often than that (a server answers many requests in that time).
     */
    public long version() {
        long now = System.nanoTime();
        long writes = localWrites.get();
        VersionRead last = lastVersion;
        if (last != null && last.localWrites() == writes && now - last.atNanos() < VERSION_FRESH_NANOS) return last.version();
        long version = inTransaction("read the store's version", EventStore::version);
        lastVersion = new VersionRead(version, writes, now);
        return version;
    }

    /** A version read, with this process's write count when it was read. */
    private record VersionRead(long version, long localWrites, long atNanos) {
    }

    private static long version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(id) FROM event_history")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Returns the JDBC URL of this store's database, without its password or H2's settings. */
    public String location() {
        String shown = url.startsWith("jdbc:h2:") && url.contains(";") ? url.substring(0, url.indexOf(';')) : url;
        return shown.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** Returns {@code ~/.sitrep}, where the embedded store lives unless told otherwise. */
    public static Path defaultDataDir() {
        return Path.of(System.getProperty("user.home"), ".sitrep");
    }

    static String h2Url(Path dataDir) {
        Path dir = dataDir.toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + dir + ": " + e.getMessage(), e);
        }
        // H2 keeps 8 parsed statements per connection by default; the store uses a few dozen, and
        // parsing them again was most of the writer's time. AUTO_SERVER lets a second process (an
        // ingest while serve runs) use the same database, through the first one. WRITE_DELAY=0
        // writes each commit to the file at once (H2 waits up to 500 ms by default), so an article
        // answered as stored survives a kill of the process; ingest commits many articles at a time.
        return "jdbc:h2:file:" + dir.resolve("sitrep") + ";QUERY_CACHE_SIZE=" + STATEMENT_CACHE + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }

    /** Returns the fingerprint {@link #articleByUrlOrHash} compares: SHA-256 of the body, whitespace folded. */
    public static String contentHash(String body) {
        return ContentHash.of(body);
    }

    /**
     * Returns the row id of the article stored under {@code url} (when not null) or, failing that,
     * with {@code contentHash}, or empty when there is none.
     */
    public Optional<Long> articleByUrlOrHash(String url, String contentHash) {
        return inTransaction("look up an article", c -> {
            // ids only: a lookup need not read the article's text
            if (url != null) {
                Optional<Long> byUrl = firstId(c, "SELECT id FROM articles WHERE url = ?", url);
                if (byUrl.isPresent()) return byUrl;
            }
            return firstId(c, "SELECT id FROM articles WHERE content_hash = ?", contentHash);
        });
    }

    private static Optional<Long> firstId(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        }
    }

    /**
     * Stores {@code article} unless an article with the same URL or the same content is stored
     * already, and returns the stored one: adding one article twice stores it once.
     */
    public StoredArticle addArticle(Article article) {
        String hash = ContentHash.of(article.body());
        return inWriteTransaction("store article " + article.id(), c -> {
            Optional<StoredArticle> known = findArticle(c, article.url(), hash);
            return known.isPresent() ? known.get() : insertArticle(c, article, hash);
        });
    }

    /** Returns the article with row id {@code id}, or empty. */
    public Optional<StoredArticle> article(long id) {
        return inTransaction("read article " + id, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?")) {
                s.setLong(1, id);
                return firstArticle(s);
            }
        });
    }

    /**
     * Stores {@code events}, all read from the article with row id {@code articleId}, and returns
     * their ids in order. An event that is a stored event reported again ({@link SameOccurrence}:
     * same country and place, compatible date, type and actors, and not already read from this
     * article) becomes one more source of the stored event, whose values are then recombined from
     * all its sources and whose history records the merge; any other event is stored under a fresh
     * event id (ISO3 + a six-digit sequence per country, {@code NER-000123}). All or nothing: when
     * one event cannot be stored, none is.
     *
     * @throws StoreException when an event does not fit the schema or the article is not stored
     */
    public List<String> addEvents(long articleId, List<Event> events) {
        return inWriteTransaction("store the events of article " + articleId, c -> addEvents(c, articleId, events));
    }

    /**
     * Stores {@code events}, all from the article with row id {@code articleId}, each as a new event,
     * without looking for stored reports of the same occurrence: for loading events coded elsewhere
     * (a hand-coded dataset, a generated load). Returns their ids; all or nothing.
     *
     * @throws StoreException when an event does not fit the schema or the article is not stored
     */
    public List<String> importEvents(long articleId, List<Event> events) {
        return inWriteTransaction("import the events of article " + articleId, c -> {
            String inputId = inputId(c, articleId);
            OffsetDateTime now = now();
            List<String> ids = new ArrayList<>();
            for (Event e : events) {
                ids.add(create(c, articleId, withArticle(e, inputId), "imported", now));
            }
            return ids;
        });
    }

    /**
     * Stores {@code article} and the {@code events} read from it in one transaction, unless an
     * article with the same URL or content is stored already: then nothing is written and the
     * result says so. A crash at any moment leaves either both or neither.
     *
     * @throws StoreException when an event does not fit the schema (and nothing is stored)
     */
    public Report addReport(Article article, List<Event> events) {
        return addReports(List.of(new Reported(article, events))).get(0);
    }

    /**
     * Stores each article of {@code reports} with its events, as {@link #addReport} does, all in one
     * transaction (one commit for many articles when they arrive faster than commits): a crash
     * leaves all of them or none. An article stored before, or earlier in the same list, is not
     * stored again. Returns one report per article, in order.
     *
     * @throws StoreException when an event does not fit the schema (and nothing is stored)
     */
    public List<Report> addReports(List<Reported> reports) {
        return inWriteTransaction("store " + reports.size() + " articles", c -> {
            List<Report> out = new ArrayList<>(reports.size());
            for (Reported r : reports) {
                String hash = ContentHash.of(r.article().body());
                Optional<StoredArticle> known = findArticle(c, r.article().url(), hash);
                if (known.isPresent()) {
                    out.add(new Report(known.get(), false, List.of()));
                } else {
                    StoredArticle stored = insertArticle(c, r.article(), hash);
                    out.add(new Report(stored, true, addEvents(c, stored.id(), r.events())));
                }
            }
            return out;
        });
    }

    /**
     * Stores one {@link ReportPart}: the events an article reports in one country, merged with the
     * stored events of that country as {@link #addEvents} merges them, and the article itself when
     * it is not stored yet. Meant for writers that each look after some countries and may see a
     * part again after a restart (the Flink job): storing a part twice stores it once.
     *
     * <ul>
     *   <li>No article with the part's URL or content is stored: the article and the part's events
     *       are stored.</li>
     *   <li>This very article is stored (same input id and content), perhaps by the writer of
     *       another of its countries, but none of its events in this country: the events are
     *       stored.</li>
     *   <li>Its events in this country are stored already (the part is seen again): nothing is
     *       written, and the report lists those events.</li>
     *   <li>Another article with the same URL or content is stored: nothing is written, as
     *       {@link #addReport} would not store the article again.</li>
     * </ul>
     *
     * All or nothing, in one transaction.
     *
     * @return the stored article, whether this call wrote events or the article, and the ids of the
     *     part's events (stored now or before; none for another article's duplicate)
     * @throws StoreException when an event does not fit the schema (and nothing is stored)
     */
    public Report addPart(ReportPart part) {
        String hash = ContentHash.of(part.article().body());
        return inWriteTransaction("store the events of " + part.article().id() + " in " + part.iso3(), c -> {
            Optional<StoredArticle> known = findArticle(c, part.article().url(), hash);
            if (known.isEmpty()) {
                StoredArticle stored = insertArticle(c, part.article(), hash);
                return new Report(stored, true, addEvents(c, stored.id(), part.events()));
            }
            StoredArticle stored = known.get();
            boolean sameArticle = stored.article().id().equals(part.article().id()) && stored.contentHash().equals(hash);
            if (!sameArticle) return new Report(stored, false, List.of());
            List<String> already = eventIdsIn(c, stored.id(), part.iso3());
            if (!already.isEmpty() || part.events().isEmpty()) return new Report(stored, false, already);
            return new Report(stored, true, addEvents(c, stored.id(), part.events()));
        });
    }

    /** The ids of the events in country {@code iso3} that the article in row {@code articleRow} reports, in id order. */
    private static List<String> eventIdsIn(Connection c, long articleRow, String iso3) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT e.event_id FROM event_sources es"
                + " JOIN events e ON e.id = es.event_id WHERE es.article_id = ? AND e.iso3 = ? ORDER BY e.id")) {
            s.setLong(1, articleRow);
            s.setString(2, iso3);
            List<String> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
            return out;
        }
    }

    /**
     * An article and the events coded from it, to be stored together.
     *
     * @param article the article as read
     * @param events  its events as the extractor coded them
     */
    public record Reported(Article article, List<Event> events) {
        public Reported {
            events = List.copyOf(events);
        }
    }

    /**
     * What {@link #addReport} did.
     *
     * @param article  the stored article: the new one, or the one stored before
     * @param added    whether the article was new ({@link #addPart}: whether the call wrote anything)
     * @param eventIds the ids its events were stored or merged under (none when it was not new)
     */
    public record Report(StoredArticle article, boolean added, List<String> eventIds) {
    }

    private static List<String> addEvents(Connection c, long articleId, List<Event> events) throws SQLException {
        String inputId = inputId(c, articleId);
        OffsetDateTime now = now();
        List<String> ids = new ArrayList<>();
        for (Event e : events) {
            Event coded = withArticle(e, inputId);
            Optional<StoredRow> same = sameOccurrence(c, articleId, coded);
            ids.add(same.isPresent() ? merge(c, same.get(), articleId, coded, now)
                    : create(c, articleId, coded, "created", now));
        }
        return ids;
    }

    /** The event with the article's input id when it names none. */
    private static Event withArticle(Event e, String inputId) {
        return e.articleId() == null || e.articleId().isEmpty() ? e.withArticleId(inputId) : e;
    }

    /** Stores {@code coded} as a new event under a fresh id, with its article as its one source, and returns the id. */
    private static String create(Connection c, long articleId, Event coded, String action, OffsetDateTime now)
            throws SQLException {
        String eventId = nextEventId(c, coded.place().iso3());
        Event stored = coded.withEventId(eventId);
        addSource(c, EventRows.insert(c, stored, now), articleId, stored, now);
        addHistory(c, eventId, action, "{\"article\":" + articleId + "}", now);
        return eventId;
    }

    /**
     * Undoes the merges of the event {@code eventId}: it goes back to the event its first source
     * coded, and each other source becomes an event of its own, as that source coded it, under a
     * fresh id. Returns the ids, {@code eventId} first; an event with one source is left as it is.
     * The split is recorded in the history of every event it returns.
     *
     * @throws StoreException when there is no event {@code eventId}
     */
    public List<String> split(String eventId) {
        return inWriteTransaction("split event " + eventId, c -> {
            long row = rowOf(c, eventId);
            List<Source> sources = sources(c, row);
            List<String> ids = new ArrayList<>(List.of(eventId));
            if (sources.size() < 2) return ids;
            OffsetDateTime now = now();
            EventRows.update(c, row, sources.get(0).coded().withEventId(eventId), now);
            for (Source s : sources.subList(1, sources.size())) {
                String newId = nextEventId(c, s.coded().place().iso3());
                long newRow = EventRows.insert(c, s.coded().withEventId(newId), now);
                try (PreparedStatement move = c.prepareStatement(
                        "UPDATE event_sources SET event_id = ? WHERE event_id = ? AND article_id = ?")) {
                    move.setLong(1, newRow);
                    move.setLong(2, row);
                    move.setLong(3, s.articleId());
                    move.executeUpdate();
                }
                addHistory(c, newId, "split", "{\"from\":" + JSON.valueToTree(eventId) + ",\"article\":"
                        + s.articleId() + "}", now);
                ids.add(newId);
            }
            addHistory(c, eventId, "split", "{\"into\":" + JSON.valueToTree(ids.subList(1, ids.size())) + "}", now);
            return ids;
        });
    }

    /**
     * Moves every source of the event {@code otherId} to the event {@code keepId}, which is
     * combined again from all its sources (with the corrections made to it), and removes
     * {@code otherId}; its replies move along, and its history says where it went. A reviewer's
     * merge of two reports the matching rules kept apart; {@link #split} undoes it.
     *
     * @throws IllegalArgumentException when the two are one event, or were read from the same article
     * @throws SQLException             when either event does not exist
     */
    static Event absorb(Connection c, String keepId, String otherId, OffsetDateTime now) throws SQLException {
        if (keepId.equals(otherId)) throw new IllegalArgumentException("An event cannot be merged with itself.");
        long keep = rowOf(c, keepId);
        long other = rowOf(c, otherId);
        List<Source> moving = sources(c, other);
        for (Source s : sources(c, keep)) {
            for (Source m : moving) {
                if (m.articleId() == s.articleId()) {
                    throw new IllegalArgumentException("Events " + keepId + " and " + otherId + " were both read from article "
                            + s.articleId() + ", which reports them as two events; they are kept apart.");
                }
            }
        }
        try (PreparedStatement move = c.prepareStatement("UPDATE event_sources SET event_id = ? WHERE event_id = ?")) {
            move.setLong(1, keep);
            move.setLong(2, other);
            move.executeUpdate();
        }
        try (PreparedStatement drop = c.prepareStatement("DELETE FROM events WHERE id = ?")) {
            drop.setLong(1, other);
            drop.executeUpdate();
        }
        try (PreparedStatement replies = c.prepareStatement(
                "UPDATE replies SET target_id = ? WHERE target_kind = 'event' AND target_id = ?")) {
            replies.setString(1, keepId);
            replies.setString(2, otherId);
            replies.executeUpdate();
        }
        List<Event> all = sources(c, keep).stream().map(Source::coded).toList();
        Event combined = Reviews.withCorrections(c, keepId, CombinedEvent.of(keepId, all));
        EventRows.update(c, keep, combined, now);
        addHistory(c, otherId, "merged_into", "{\"into\":" + JSON.valueToTree(keepId) + "}", now);
        addHistory(c, keepId, "merged", "{\"from\":" + JSON.valueToTree(otherId) + "}", now);
        return combined;
    }

    /** Returns the event that the event {@code eventId} was merged into by a reviewer, when it was. */
    public Optional<String> mergedInto(String eventId) {
        return inTransaction("read the history of event " + eventId, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT detail FROM event_history WHERE event_id = ?"
                    + " AND action = 'merged_into' ORDER BY id DESC")) {
                s.setString(1, eventId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) return Optional.empty();
                    String into = JSON.readTree(r.getString(1)).path("into").asText();
                    // merged again later: follow it to where it is now
                    return event(into).isPresent() ? Optional.of(into) : mergedInto(into);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new SQLException("unreadable history of " + eventId, e);
                }
            }
        });
    }

    /**
     * Returns the event {@code eventId} as each of its source articles coded it, first source first.
     *
     * @throws StoreException when there is no event {@code eventId}
     */
    public List<Event> sources(String eventId) {
        return inTransaction("read the sources of event " + eventId, c -> {
            List<Event> out = new ArrayList<>();
            for (Source s : sources(c, rowOf(c, eventId))) out.add(s.coded());
            return out;
        });
    }

    /** Returns the event with public id {@code eventId} ("NER-000123"), or empty. */
    public Optional<Event> event(String eventId) {
        return inTransaction("read event " + eventId, c -> {
            try (PreparedStatement s = c.prepareStatement(EventRows.SELECT + " WHERE event_id = ?")) {
                s.setString(1, eventId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(EventRows.read(r)) : Optional.empty();
                }
            }
        });
    }

    /** Returns up to {@code limit} events after skipping {@code offset}, latest event date first. */
    public List<Event> events(int limit, int offset) {
        if (limit < 0 || offset < 0) throw new IllegalArgumentException("limit and offset must be >= 0");
        return inTransaction("list events", c -> {
            try (PreparedStatement s = c.prepareStatement(EventRows.SELECT
                    + " ORDER BY event_date DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                s.setInt(1, offset);
                s.setInt(2, limit);
                List<Event> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) out.add(EventRows.read(r));
                }
                return out;
            }
        });
    }

    /**
     * Returns the page of events {@code query} asks for, and how many match in all.
     *
     * @throws StoreException when the database fails
     */
    public EventPage find(EventQuery query) {
        EventSearch search = EventSearch.of(query);
        return inTransaction("search events", c -> search.page(c).withTotal(count(c, search)));
    }

    /** The number of events {@code search} matches, counted again only when the events have changed. */
    private long count(Connection c, EventSearch search) throws SQLException {
        String key = search.filterKey();
        long now = System.nanoTime();
        long version = version(c);
        CachedCount cached = counts.get(key);
        if (cached != null && cached.version() == version && now - cached.atNanos() < COUNT_TTL_NANOS) return cached.total();
        long total = search.count(c);
        if (counts.size() >= MAX_CACHED_COUNTS) counts.clear();
        counts.put(key, new CachedCount(total, version, now));
        return total;
    }

    /**
     * Returns the events that match {@code query}'s filters (its page and order aside) counted per
     * grid cell of {@code cellDegrees} degrees and event type, counted by the database.
     */
    public EventTally.Cells cells(EventQuery query, double cellDegrees) {
        if (!(cellDegrees > 0)) throw new IllegalArgumentException("cellDegrees must be positive");
        EventSearch search = EventSearch.of(query);
        return inTransaction("count events per cell", c -> search.cells(c, cellDegrees));
    }

    /** Returns the events that match {@code query}'s filters counted per event date, earliest first. */
    public List<EventTally.Day> days(EventQuery query) {
        EventSearch search = EventSearch.of(query);
        return inTransaction("count events per day", search::days);
    }

    /**
     * Gives every event that matches {@code query}'s filters to {@code each}, in its order, whatever
     * its page; for exports, which stream rather than hold all events at once.
     */
    public void forEach(EventQuery query, java.util.function.Consumer<Event> each) {
        forEachWithStatus(query, (e, status) -> each.accept(e));
    }

    /** As {@link #forEach(EventQuery, java.util.function.Consumer)}, with each event's status. */
    public void forEachWithStatus(EventQuery query, java.util.function.BiConsumer<Event, EventStatus> each) {
        EventSearch search = EventSearch.of(query);
        inTransaction("export events", c -> {
            search.forEach(c, each);
            return null;
        });
    }

    /**
     * Returns the articles that report the event {@code eventId}, first source first, with the
     * evidence each gives; empty when there is no such event.
     */
    public List<EventSource> sourcesOf(String eventId) {
        return inTransaction("read the sources of event " + eventId, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT a.id, a.url, a.title, a.source, a.published,"
                    + " es.evidence, es.coded, es.added_at FROM event_sources es"
                    + " JOIN events e ON e.id = es.event_id JOIN articles a ON a.id = es.article_id"
                    + " WHERE e.event_id = ? ORDER BY es.added_at, a.id")) {
                s.setString(1, eventId);
                List<EventSource> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new EventSource(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getObject(5, LocalDate.class), EvidenceJson.read(r.getString(6)),
                                CodedJson.read(r.getString(7)), r.getObject(8, OffsetDateTime.class)));
                    }
                }
                return out;
            }
        });
    }

    /** Returns what happened to the event {@code eventId}, oldest first; empty when nothing is known of it. */
    public List<HistoryEntry> history(String eventId) {
        return inTransaction("read the history of event " + eventId, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT action, detail, at FROM event_history WHERE event_id = ? ORDER BY at, id")) {
                s.setString(1, eventId);
                List<HistoryEntry> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new HistoryEntry(r.getString(1), r.getString(2), r.getObject(3, OffsetDateTime.class)));
                    }
                }
                return out;
            }
        });
    }

    /** Returns the ids of the events the article with row id {@code articleId} reports, in id order. */
    public List<String> eventIdsOf(long articleId) {
        return inTransaction("read the events of article " + articleId, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT e.event_id FROM event_sources es"
                    + " JOIN events e ON e.id = es.event_id WHERE es.article_id = ? ORDER BY e.id")) {
                s.setLong(1, articleId);
                List<String> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) out.add(r.getString(1));
                }
                return out;
            }
        });
    }

    /** Returns how many articles, events and sources the store holds. */
    public StoreTotals totals() {
        return inTransaction("count the store", c -> new StoreTotals(count(c, "articles"), count(c, "events"),
                count(c, "event_sources")));
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    /** Returns the next id for an event in the country {@code iso3}; unknown countries share "XXX". */
    private static String nextEventId(Connection c, String iso3) throws SQLException {
        String prefix = iso3 != null && ISO3.matcher(iso3).matches() ? iso3 : UNKNOWN_COUNTRY;
        // The UPDATE locks the counter's row until commit, so two writers never get one number.
        try (PreparedStatement up = c.prepareStatement("UPDATE event_counters SET last_seq = last_seq + 1 WHERE iso3 = ?")) {
            up.setString(1, prefix);
            if (up.executeUpdate() == 0) {
                try (PreparedStatement in = c.prepareStatement("INSERT INTO event_counters (iso3, last_seq) VALUES (?, 1)")) {
                    in.setString(1, prefix);
                    in.executeUpdate();
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT last_seq FROM event_counters WHERE iso3 = ?")) {
            s.setString(1, prefix);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return String.format("%s-%06d", prefix, r.getLong(1));
            }
        }
    }

    /** Returns the public id of {@code stored}, now with {@code coded} as one more source. */
    private static String merge(Connection c, StoredRow stored, long articleId, Event coded, OffsetDateTime now)
            throws SQLException {
        String eventId = stored.event().eventId();
        addSource(c, stored.row(), articleId, coded.withEventId(eventId), now);
        List<Event> all = sources(c, stored.row()).stream().map(Source::coded).toList();
        // a reviewer's corrections stand above what the sources say
        EventRows.update(c, stored.row(), Reviews.withCorrections(c, eventId, CombinedEvent.of(eventId, all)), now);
        addHistory(c, eventId, "merged", "{\"article\":" + articleId + ",\"coded\":" + CodedJson.write(coded) + "}",
                now);
        return eventId;
    }

    /**
     * Returns the first stored event {@code coded} is another report of: the candidates are the
     * events of its country within a month either side of its date (the widest precision), not
     * already read from this article, oldest first.
     */
    private static Optional<StoredRow> sameOccurrence(Connection c, long articleId, Event coded) throws SQLException {
        if (coded.place().iso3().isEmpty()) return Optional.empty();
        try (PreparedStatement s = c.prepareStatement(EventRows.SELECT_FOR_MATCHING
                + " WHERE iso3 = ? AND event_date BETWEEN ? AND ?"
                + " AND NOT EXISTS (SELECT 1 FROM event_sources es WHERE es.event_id = events.id AND es.article_id = ?)"
                + " ORDER BY id")) {
            s.setString(1, coded.place().iso3());
            s.setObject(2, coded.date().earliest().minusDays(31));
            s.setObject(3, coded.date().latest().plusDays(31));
            s.setLong(4, articleId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Event candidate = EventRows.readForMatching(r);
                    if (SameOccurrence.test(candidate, coded)) return Optional.of(new StoredRow(r.getLong("id"), candidate));
                }
            }
        }
        return Optional.empty();
    }

    private record StoredRow(long row, Event event) {
    }

    private record Source(long articleId, Event coded) {
    }

    /** Returns the sources of the event in row {@code row}, in the order they were added. */
    private static List<Source> sources(Connection c, long row) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT article_id, coded FROM event_sources WHERE event_id = ? ORDER BY added_at, article_id")) {
            s.setLong(1, row);
            List<Source> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) out.add(new Source(r.getLong(1), CodedJson.read(r.getString(2))));
            }
            return out;
        }
    }

    private static long rowOf(Connection c, String eventId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM events WHERE event_id = ?")) {
            s.setString(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) throw new SQLException("no event " + eventId);
                return r.getLong(1);
            }
        }
    }

    private static void addSource(Connection c, long eventRow, long articleId, Event coded, OffsetDateTime now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO event_sources (event_id, article_id, evidence, coded, added_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, eventRow);
            s.setLong(2, articleId);
            s.setString(3, EvidenceJson.write(coded.evidence()));
            s.setString(4, CodedJson.write(coded));
            s.setObject(5, now);
            s.executeUpdate();
        }
    }

    static void addHistory(Connection c, String eventId, String action, String detailJson, OffsetDateTime now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO event_history (event_id, action, detail, at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, eventId);
            s.setString(2, action);
            s.setString(3, detailJson);
            s.setObject(4, now);
            s.executeUpdate();
        }
    }

    private static String inputId(Connection c, long articleId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT input_id FROM articles WHERE id = ?")) {
            s.setLong(1, articleId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) throw new SQLException("no article with id " + articleId);
                return r.getString(1);
            }
        }
    }

    private static Optional<StoredArticle> findArticle(Connection c, String url, String hash) throws SQLException {
        if (url != null) {
            try (PreparedStatement s = c.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE url = ?")) {
                s.setString(1, url);
                Optional<StoredArticle> byUrl = firstArticle(s);
                if (byUrl.isPresent()) return byUrl;
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE content_hash = ?")) {
            s.setString(1, hash);
            return firstArticle(s);
        }
    }

    private static Optional<StoredArticle> firstArticle(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            if (!r.next()) return Optional.empty();
            Article a = new Article(r.getString("input_id"), r.getString("url"), r.getString("title"),
                    r.getObject("published", LocalDate.class), r.getString("language"), r.getString("source"),
                    r.getString("body"));
            return Optional.of(new StoredArticle(r.getLong("id"), r.getString("content_hash"), a,
                    r.getObject("fetched_at", OffsetDateTime.class)));
        }
    }

    private static StoredArticle insertArticle(Connection c, Article a, String hash) throws SQLException {
        OffsetDateTime now = now();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO articles (input_id, url, content_hash, title, published,"
                + " source, language, body, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, a.id());
            s.setString(2, a.url());
            s.setString(3, hash);
            s.setString(4, a.title());
            s.setObject(5, a.published());
            s.setString(6, a.source());
            s.setString(7, a.language());
            s.setString(8, a.body());
            s.setObject(9, now);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return new StoredArticle(keys.getLong(1), hash, a, now);
            }
        }
    }

    /** Now, to the microsecond both H2 and PostgreSQL keep, so a stored time reads back equal. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction, after every write before it has committed. */
    <T> T inWriteTransaction(String what, Work<T> work) {
        synchronized (writeLock) {
            try {
                return inTransaction(what, work);
            } finally {
                localWrites.incrementAndGet();
            }
        }
    }

    /** Runs {@code work} in one transaction: commits when it returns, rolls back when it throws. */
    <T> T inTransaction(String what, Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
        }
    }
}
