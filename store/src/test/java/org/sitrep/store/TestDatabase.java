package org.sitrep.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A fresh, empty database for one test: an H2 file database in a temporary directory, or a schema
 * of its own on the PostgreSQL server named by {@value #POSTGRES_URL}, dropped after the test.
 */
abstract class TestDatabase implements AutoCloseable {
    /** The environment variable with the JDBC URL of a PostgreSQL database the tests may write to. */
    static final String POSTGRES_URL = "SITREP_TEST_POSTGRES_URL";

    /** Opens the store on this database, migrating it on first use. */
    abstract EventStore open();

    /** Opens a connection of its own, to look at the rows behind the store's back. */
    abstract Connection connect() throws SQLException;

    /** The schema the store's tables live in, spelt as the database's metadata spells it. */
    abstract String schema();

    @Override
    public void close() {
    }

    /** The embedded default: {@code EventStore.open(null, dataDir)}, as the application opens it. */
    static TestDatabase h2(Path dataDir) {
        return new TestDatabase() {
            @Override
            EventStore open() {
                return EventStore.open(null, dataDir);
            }

            @Override
            Connection connect() throws SQLException {
                return DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("sitrep"));
            }

            @Override
            String schema() {
                return "PUBLIC";
            }
        };
    }

    /**
     * A new schema on the server at {@value #POSTGRES_URL}, which the store reaches through
     * {@code currentSchema}; the test is skipped when the variable is not set.
     */
    static TestDatabase postgres() {
        String server = System.getenv(POSTGRES_URL);
        assumeTrue(server != null && !server.isBlank(),
                POSTGRES_URL + " is not set: skipping the PostgreSQL variant (set it to a JDBC URL such as "
                        + "jdbc:postgresql://127.0.0.1:5432/sitrep_test?user=sitrep&password=sitrep)");
        ScratchSchema schema = ScratchSchema.create(server, "sitrep_it_");
        return new TestDatabase() {
            @Override
            EventStore open() {
                return EventStore.open(schema.url(), null);
            }

            @Override
            Connection connect() throws SQLException {
                return DriverManager.getConnection(schema.url());
            }

            @Override
            String schema() {
                return schema.name();
            }

            @Override
            public void close() {
                schema.close();
            }
        };
    }
}
