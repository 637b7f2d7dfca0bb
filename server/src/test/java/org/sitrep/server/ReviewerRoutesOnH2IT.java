package org.sitrep.server;

import java.nio.file.Path;

/** {@link ReviewerRoutesIT} on the embedded H2 store. */
class ReviewerRoutesOnH2IT extends ReviewerRoutesIT {
    @Override
    TestDatabase database(Path dataDir) {
        return TestDatabase.h2(dataDir);
    }
}
