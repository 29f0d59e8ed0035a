package io.journeymaps.testsupport.db;

import org.junit.Assert;
import org.junit.Assume;

/** For a PostgreSQL test class's @BeforeClass: skip it with the reason, or fail when PostgreSQL is required. */
public final class PostgresAvailable {
    private PostgresAvailable() {
    }

    public static void assumeRunning() {
        if (PostgresCluster.get() == null) {
            String reason = "PostgreSQL tests skipped: " + PostgresCluster.unavailableReason();
            if (PostgresCluster.required()) {
                Assert.fail(reason + " (JOURNEYMAPS_REQUIRE_POSTGRES=true)");
            }
            System.out.println(reason);
            Assume.assumeTrue(reason, false);
        }
    }
}
