package io.journeymaps.space;

import io.journeymaps.testsupport.db.PostgresAvailable;
import io.journeymaps.testsupport.db.PostgresDb;

import org.junit.BeforeClass;

import net.java.ao.test.jdbc.Jdbc;

/** Space export and import on a private PostgreSQL 15 cluster (skipped, with the reason, where none can start). */
@Jdbc(PostgresDb.class)
public class PostgresSpaceTransferTest extends SpaceTransferScenarios {
    @BeforeClass
    public static void requirePostgres() {
        PostgresAvailable.assumeRunning();
    }
}
