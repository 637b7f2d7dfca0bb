package org.sitrep.server;

import java.nio.file.Path;

/** {@link EventRoutesIT} on the embedded H2 store. */
class EventRoutesOnH2IT extends EventRoutesIT {
    @Override
    TestDatabase database(Path dataDir) {
        return TestDatabase.h2(dataDir);
    }
}
