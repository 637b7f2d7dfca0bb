package org.sitrep.store;

import java.nio.file.Path;

/** {@link MergingReportsIT} on an H2 file database in a temporary directory. */
class MergingReportsOnH2IT extends MergingReportsIT {
    @Override
    TestDatabase database(Path dataDir) {
        return TestDatabase.h2(dataDir);
    }
}
