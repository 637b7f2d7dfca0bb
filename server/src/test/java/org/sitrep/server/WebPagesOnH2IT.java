package org.sitrep.server;

import java.nio.file.Path;

/** {@link WebPagesIT} on the embedded H2 store. */
class WebPagesOnH2IT extends WebPagesIT {
    @Override
    TestDatabase database(Path dataDir) {
        return TestDatabase.h2(dataDir);
    }
}
