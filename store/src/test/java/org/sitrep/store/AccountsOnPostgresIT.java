package org.sitrep.store;

import java.nio.file.Path;

/** {@link AccountsIT} on PostgreSQL, when {@value TestDatabase#POSTGRES_URL} names one. */
class AccountsOnPostgresIT extends AccountsIT {
    @Override
    TestDatabase database(Path dataDir) {
        return TestDatabase.postgres();
    }
}
