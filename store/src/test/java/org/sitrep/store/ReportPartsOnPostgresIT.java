package org.sitrep.store;

import java.nio.file.Path;

/** {@link ReportPartsIT} on PostgreSQL, a fresh schema per test; skipped unless SITREP_TEST_POSTGRES_URL is set. */
class ReportPartsOnPostgresIT extends ReportPartsIT {
    @Override
    TestDatabase database(Path dataDir) {
        return TestDatabase.postgres();
    }
}
