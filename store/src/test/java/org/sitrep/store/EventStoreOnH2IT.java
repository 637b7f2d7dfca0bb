package org.sitrep.store;

import java.nio.file.Path;

/** {@link EventStoreIT} on an H2 file database in a temporary directory. */
class EventStoreOnH2IT extends EventStoreIT {
    @Override
    TestDatabase database(Path dataDir) {
        return TestDatabase.h2(dataDir);
    }
}
