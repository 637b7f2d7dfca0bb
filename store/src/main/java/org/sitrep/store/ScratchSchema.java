package org.sitrep.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A schema of its own on a PostgreSQL server, made for one test or benchmark and dropped with
 * everything in it when closed, so runs never see each other's rows.
 */
public final class ScratchSchema implements AutoCloseable {
    private final String serverUrl;
    private final String name;

    private ScratchSchema(String serverUrl, String name) {
        this.serverUrl = serverUrl;
        this.name = name;
    }

    /**
     * Makes a new schema named {@code prefix} and a random suffix on the server at {@code serverUrl}.
     *
     * @throws StoreException when the server cannot be reached or refuses
     */
    public static ScratchSchema create(String serverUrl, String prefix) {
        ScratchSchema schema = new ScratchSchema(serverUrl,
                prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        schema.execute("CREATE SCHEMA " + schema.name);
        return schema;
    }

    /** The JDBC URL that reaches the server with this schema as the current one. */
    public String url() {
        return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    /** The schema's name. */
    public String name() {
        return name;
    }

    /** Drops the schema and all it holds. */
    @Override
    public void close() {
        execute("DROP SCHEMA " + name + " CASCADE");
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new StoreException("cannot run '" + sql + "' on the PostgreSQL server: " + e.getMessage(), e);
        }
    }
}
