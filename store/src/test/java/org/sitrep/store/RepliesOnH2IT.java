package org.sitrep.store;

import java.nio.file.Path;

/** {@link RepliesIT} on an H2 file database in a temporary directory. */
class RepliesOnH2IT extends RepliesIT {
    @Override
    TestDatabase database(Path dataDir) {
        return TestDatabase.h2(dataDir);
    }
}
