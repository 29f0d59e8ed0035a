package io.journeymaps.jira.store;

import io.journeymaps.testsupport.db.PostgresAvailable;
import io.journeymaps.testsupport.db.PostgresDb;

import org.junit.BeforeClass;

import net.java.ao.test.jdbc.Jdbc;

/** The Jira tables on a private PostgreSQL cluster (skipped, with the reason, where none can start). */
@Jdbc(PostgresDb.class)
public class PostgresJiraStoreTest extends JiraStoreScenarios {
    @BeforeClass
    public static void requirePostgres() {
        PostgresAvailable.assumeRunning();
    }
}
