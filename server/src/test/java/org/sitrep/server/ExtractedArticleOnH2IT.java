package org.sitrep.server;

import java.nio.file.Path;

/** {@link ExtractedArticleIT} on the embedded H2 store. */
class ExtractedArticleOnH2IT extends ExtractedArticleIT {
    @Override
    TestDatabase database(Path dataDir) {
        return TestDatabase.h2(dataDir);
    }
}
