package org.sitrep.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.article.ArticleLine;
import org.sitrep.article.ArticleReader;
import org.sitrep.article.UnreadableArticleException;
import org.sitrep.store.EventStore;
import org.sitrep.store.Ingest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a store holds, as lines to compare: its articles, its events with every coded column, each
 * event's sources (by the articles' input ids) and its history's actions. Row ids and times are
 * left out: they differ between any two runs.
 */
public final class StoreContents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoreContents() {
    }

    public static List<String> of(String jdbcUrl) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            rows(c, "SELECT input_id, url, content_hash, title, published, source, language FROM articles"
                    + " ORDER BY input_id", out);
            rows(c, "SELECT event_id, article_id, event_date, time_precision, event_type, sub_event_type, disorder_type,"
                    + " actor1, actor2, assoc_actor_1, assoc_actor_2, inter1, inter2, interaction, civilian_targeting,"
                    + " country, iso3, admin1, admin2, admin3, location, latitude, longitude, geo_precision, geonameid,"
                    + " fatalities, fatalities_low, fatalities_high, tags, notes, evidence, confidence, language, source,"
                    + " source_url, status FROM events ORDER BY event_id", out);
            rows(c, "SELECT e.event_id, a.input_id, es.evidence, es.coded FROM event_sources es"
                    + " JOIN events e ON e.id = es.event_id JOIN articles a ON a.id = es.article_id"
                    + " ORDER BY e.event_id, es.added_at, a.input_id", out);
            rows(c, "SELECT event_id, action, COUNT(*) FROM event_history GROUP BY event_id, action"
                    + " ORDER BY event_id, action", out);
        }
        return out;
    }

    /** How many articles the store at {@code jdbcUrl} holds. */
    public static long articles(String jdbcUrl) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM articles")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void rows(Connection c, String sql, List<String> out) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            ResultSetMetaData meta = r.getMetaData();
            while (r.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    line.append(i == 1 ? "" : " | ").append(meta.getColumnLabel(i)).append('=').append(r.getString(i));
                }
                out.add(line.toString());
            }
        }
    }

    private static List<String> ingestedLines;
    private static List<String> ingestedContents;

    /** {@link #ingested} into a scratch schema of its own, once per test JVM for the same articles. */
    static synchronized List<String> ingestedOnce(List<String> lines) throws Exception {
        if (!lines.equals(ingestedLines)) {
            try (org.sitrep.store.ScratchSchema schema = org.sitrep.store.ScratchSchema.create(Postgres.server(), "sitrep_ingest_")) {
                ingestedContents = ingested(schema.url(), lines);
                ingestedLines = List.copyOf(lines);
            }
        }
        return ingestedContents;
    }

    /**
     * Stores {@code lines} (articles as JSON) at {@code jdbcUrl} through the store's ingest path,
     * one after another as {@code sitrep ingest --threads 1} stores them, and returns the store's contents.
     */
    static List<String> ingested(String jdbcUrl, List<String> lines) throws Exception {
        ArticleReader reader = new ArticleReader();
        try (EventStore store = EventStore.open(jdbcUrl, null)) {
            Ingest ingest = new Ingest(store, Models.extractor()::extract);
            for (int i = 0; i < lines.size(); i++) {
                try {
                    ingest.add(ArticleLine.of(JSON.readTree(lines.get(i)), "line " + (i + 1), null).read(reader));
                } catch (UnreadableArticleException e) {
                    throw new AssertionError("a test article cannot be read: " + e.getMessage(), e);
                }
            }
        }
        return of(jdbcUrl);
    }
}
