package org.sitrep.cli;

import org.sitrep.store.EventStore;
import org.sitrep.store.StoreException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * Which store a command reads and writes: the embedded H2 database under a data directory
 * ({@code ~/.sitrep} unless {@code --data} names another), or a database by JDBC URL ({@code --db}).
 */
final class StoreOptions {
    @ArgGroup(exclusive = true)
    Where where = new Where();

    static final class Where {
        @Option(names = "--data", paramLabel = "DIR", description = "data directory of the embedded store (default ~/.sitrep)")
        Path data;

        @Option(names = "--db", paramLabel = "JDBC_URL", description = "a database by JDBC URL, e.g. jdbc:postgresql://host/sitrep?user=u&password=p")
        String db;
    }

    /** Opens the store; one that cannot be reached or migrated is a one-line BadInputException. */
    EventStore open() {
        try {
            return EventStore.open(where == null ? null : where.db, dataDir());
        } catch (StoreException e) {
            throw new BadInputException(e.getMessage().lines().findFirst().orElse("cannot open the store"));
        }
    }

    /** The data directory: the user's, or {@code ~/.sitrep}. Files other than the database live there too. */
    Path dataDir() {
        return where != null && where.data != null ? where.data : EventStore.defaultDataDir();
    }
}
