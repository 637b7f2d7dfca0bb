package org.sitrep.store;

import java.nio.file.Path;

/** {@link ReviewsIT} on Postgres. */
class ReviewsOnPostgresIT extends ReviewsIT {
    @Override
    TestDatabase database(Path dataDir) {
        return TestDatabase.postgres();
    }
}
