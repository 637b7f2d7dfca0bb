package org.sitrep.server;

import org.sitrep.store.EventStore;
import org.sitrep.store.ScratchSchema;

import java.nio.file.Path;
import java.util.Objects;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A fresh, empty database for one test class: an H2 file database in a temporary directory, or a
 * schema of its own on the PostgreSQL server named by {@value #POSTGRES_URL}, dropped afterwards.
 */
abstract class TestDatabase implements AutoCloseable {
    /** The environment variable with the JDBC URL of a PostgreSQL database the tests may write to. */
    static final String POSTGRES_URL = "SITREP_TEST_POSTGRES_URL";

    /** Opens the store on this database, migrating it on first use. */
    abstract EventStore open();

    @Override
    public void close() {
    }

    /** The embedded default, opened as the application opens it: {@code EventStore.open(null, dataDir)}. */
    static TestDatabase h2(Path dataDir) {
        // Without a directory the store would open the user's own database in ~/.sitrep.
        Objects.requireNonNull(dataDir, "dataDir");
        return new TestDatabase() {
            @Override
            EventStore open() {
                return EventStore.open(null, dataDir);
            }
        };
    }

    /**
     * A new schema on the server at {@value #POSTGRES_URL}, reached through {@code currentSchema};
     * the calling test class is skipped when the variable is not set.
     */
    static TestDatabase postgres() {
        String server = System.getenv(POSTGRES_URL);
        assumeTrue(server != null && !server.isBlank(), POSTGRES_URL + " is not set: skipping the PostgreSQL variant"
                + " (set it to a JDBC URL such as jdbc:postgresql://127.0.0.1:5432/sitrep_test?user=sitrep&password=sitrep)");
        ScratchSchema schema = ScratchSchema.create(server, "sitrep_server_it_");
        return new TestDatabase() {
            @Override
            EventStore open() {
                return EventStore.open(schema.url(), null);
            }

            @Override
            public void close() {
                schema.close();
            }
        };
    }
}
