package org.sitrep.flink;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The PostgreSQL server the stream tests write to: {@code SITREP_TEST_POSTGRES_URL}, or the test is skipped. */
public final class Postgres {
    private Postgres() {
    }

    public static String server() {
        String url = System.getenv("SITREP_TEST_POSTGRES_URL");
        assumeTrue(url != null && !url.isBlank(), "SITREP_TEST_POSTGRES_URL is not set: skipping (set it to a JDBC URL"
                + " such as jdbc:postgresql://127.0.0.1:5432/sitrep_test?user=sitrep&password=sitrep)");
        return url;
    }
}
