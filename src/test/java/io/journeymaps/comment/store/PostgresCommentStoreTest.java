package io.journeymaps.comment.store;

import io.journeymaps.testsupport.db.PostgresAvailable;
import io.journeymaps.testsupport.db.PostgresDb;

import org.junit.BeforeClass;

import net.java.ao.test.jdbc.Jdbc;

/** The comment store on a private PostgreSQL 15 cluster (skipped, with the reason, where none can start). */
@Jdbc(PostgresDb.class)
public class PostgresCommentStoreTest extends CommentStoreScenarios {
    @BeforeClass
    public static void requirePostgres() {
        PostgresAvailable.assumeRunning();
    }
}
