package org.sitrep.store;

import java.nio.file.Path;

/** {@link AccountsIT} on an H2 file database in a temporary directory. */
class AccountsOnH2IT extends AccountsIT {
    @Override
    TestDatabase database(Path dataDir) {
        return TestDatabase.h2(dataDir);
    }
}
