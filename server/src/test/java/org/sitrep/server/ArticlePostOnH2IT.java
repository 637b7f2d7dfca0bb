package org.sitrep.server;

import java.nio.file.Path;

/** {@link ArticlePostIT} on the embedded H2 store. */
class ArticlePostOnH2IT extends ArticlePostIT {
    @Override
    TestDatabase database(Path dataDir) {
        return TestDatabase.h2(dataDir);
    }
}
