package org.sitrep.server;

import java.nio.file.Path;

/** {@link RepliesIT} on the embedded H2 store. */
class RepliesOnH2IT extends RepliesIT {
    @Override
    TestDatabase database(Path dataDir) {
        return TestDatabase.h2(dataDir);
    }
}
