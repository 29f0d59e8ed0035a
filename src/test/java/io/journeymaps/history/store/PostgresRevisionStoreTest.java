package io.journeymaps.history.store;

import io.journeymaps.testsupport.db.PostgresAvailable;
import io.journeymaps.testsupport.db.PostgresDb;

import org.junit.BeforeClass;

import net.java.ao.test.jdbc.Jdbc;

/** The revision store on a private PostgreSQL 15 cluster (skipped, with the reason, where none can start). */
@Jdbc(PostgresDb.class)
public class PostgresRevisionStoreTest extends RevisionStoreScenarios {
    @BeforeClass
    public static void requirePostgres() {
        PostgresAvailable.assumeRunning();
    }
}
