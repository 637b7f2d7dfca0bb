package org.sitrep.server;

import java.nio.file.Path;

/** {@link ReviewerRoutesIT} on PostgreSQL, a fresh schema for the class; skipped unless SITREP_TEST_POSTGRES_URL is set. */
class ReviewerRoutesOnPostgresIT extends ReviewerRoutesIT {
    @Override
    TestDatabase database(Path dataDir) {
        return TestDatabase.postgres();
    }
}
