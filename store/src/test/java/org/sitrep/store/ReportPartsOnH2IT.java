package org.sitrep.store;

import java.nio.file.Path;

/** {@link ReportPartsIT} on the embedded H2 store. */
class ReportPartsOnH2IT extends ReportPartsIT {
    @Override
    TestDatabase database(Path dataDir) {
        return TestDatabase.h2(dataDir);
    }
}
