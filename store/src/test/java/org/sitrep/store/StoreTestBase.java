package org.sitrep.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The store's integration tests, once per database: each subclass names its database, and each
 * test gets a fresh one with the store open on it.
 */
abstract class StoreTestBase {
    @TempDir
    Path dataDir;

    TestDatabase database;
    EventStore store;

    /** Returns a fresh database for one test; {@code dataDir} is an empty temporary directory. */
    abstract TestDatabase database(Path dataDir);

    @BeforeEach
    void open() {
        database = database(dataDir);
        store = database.open();
    }

    @AfterEach
    void close() {
        try {
            if (store != null) store.close();
        } finally {
            if (database != null) database.close();
        }
    }

    /** Closes the store and opens it again on the same database. */
    void reopen() {
        store.close();
        store = database.open();
    }

    int count(String table) {
        try (Connection c = database.connect();
             ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
