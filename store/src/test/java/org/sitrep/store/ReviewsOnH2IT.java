package org.sitrep.store;

import java.nio.file.Path;

/** {@link ReviewsIT} on H2. */
class ReviewsOnH2IT extends ReviewsIT {
    @Override
    TestDatabase database(Path dataDir) {
        return TestDatabase.h2(dataDir);
    }
}
