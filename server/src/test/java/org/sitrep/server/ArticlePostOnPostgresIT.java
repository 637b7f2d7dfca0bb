package org.sitrep.server;

import java.nio.file.Path;

/** {@link ArticlePostIT} on PostgreSQL, a fresh schema for the class; skipped unless SITREP_TEST_POSTGRES_URL is set. */
class ArticlePostOnPostgresIT extends ArticlePostIT {
    @Override
    TestDatabase database(Path dataDir) {
        return TestDatabase.postgres();
    }
}
