package org.sitrep.server;

import java.nio.file.Path;

/** {@link ServerStatusIT} on the embedded H2 store. */
class ServerStatusOnH2IT extends ServerStatusIT {
    @Override
    TestDatabase database(Path dataDir) {
        return TestDatabase.h2(dataDir);
    }
}
